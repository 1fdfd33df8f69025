-- Wrong passwords tried at an account since its owner last signed in, to tell the owner.
ALTER TABLE account.account
    ADD COLUMN failed_sign_ins        INT NOT NULL DEFAULT 0,
    ADD COLUMN last_failed_sign_in_at TIMESTAMPTZ;

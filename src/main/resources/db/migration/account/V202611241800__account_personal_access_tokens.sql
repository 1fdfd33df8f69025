-- Personal access tokens for scripts and bots: shown once, stored only as SHA-256 hashes,
-- revocable, and always with an expiry.
CREATE TABLE account.personal_access_token
(
    id           UUID PRIMARY KEY,
    account_id   UUID        NOT NULL REFERENCES account.account (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE INDEX personal_access_token_by_account ON account.personal_access_token (account_id);

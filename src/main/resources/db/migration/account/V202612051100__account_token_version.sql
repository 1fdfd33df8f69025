-- Every access token carries the account's token version when it was issued; raising the version
-- (signing out everywhere, a new role, disabling the account) makes every earlier token stale at
-- once. A disabled account keeps its data but cannot sign in or use any token.
ALTER TABLE account.account
    ADD COLUMN token_version INT NOT NULL DEFAULT 0,
    ADD COLUMN disabled_at   TIMESTAMPTZ;

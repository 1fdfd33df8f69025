-- Refresh tokens, stored only as SHA-256 hashes. Each refresh rotates the token within its family;
-- presenting a token that was already used revokes the whole family (it was stolen or replayed).
CREATE TABLE account.refresh_token
(
    id         UUID PRIMARY KEY,
    family     UUID        NOT NULL,
    account_id UUID        NOT NULL REFERENCES account.account (id) ON DELETE CASCADE,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);

CREATE INDEX refresh_token_by_family ON account.refresh_token (family);

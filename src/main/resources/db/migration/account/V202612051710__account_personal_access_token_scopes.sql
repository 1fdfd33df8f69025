-- A personal access token does what its scope allows, chosen when it is made: read (reading only),
-- review (reading and the daily learning loop) or full (everything, including making tokens,
-- changing the password and deleting the account). Tokens made before scopes could do everything.
ALTER TABLE account.personal_access_token
    ADD COLUMN scope TEXT NOT NULL DEFAULT 'full' CHECK (scope IN ('read', 'review', 'full'));
ALTER TABLE account.personal_access_token ALTER COLUMN scope DROP DEFAULT;

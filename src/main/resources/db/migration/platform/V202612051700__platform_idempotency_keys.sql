-- Idempotency keys of every module's writes, shared: which request (method, path and body, as a
-- SHA-256 fingerprint) each caller first sent with each key. The same key with another request is
-- refused. A key is kept a day; the modules keep what the first request did.
CREATE TABLE platform.idempotency_key
(
    caller      UUID        NOT NULL,
    key         TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, key)
);

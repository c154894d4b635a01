-- The audit log: append-only, each row chained to the one before by a SHA-256 hash.
-- id is not an identity column: the application assigns last_id + 1 while it holds the lock
-- on audit_chain_head, so ids are consecutive and a removed row leaves a visible gap.
CREATE TABLE audit_event (
  id          BIGINT       NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  username    VARCHAR(64)  NOT NULL,
  address     VARCHAR(64),
  action      VARCHAR(32)  NOT NULL,
  object_type VARCHAR(64),
  object_id   VARCHAR(255),
  outcome     VARCHAR(16)  NOT NULL,
  detail      VARCHAR(500),
  prev_hash   VARCHAR(64)  NOT NULL,
  hash        VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_user_idx ON audit_event (username, occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);

-- The end of the chain, one row. An append reads it with SELECT ... FOR UPDATE and updates it in
-- the same transaction, so appends are strictly serial across every instance of the platform.
CREATE TABLE audit_chain_head (
  id        INT         NOT NULL PRIMARY KEY,
  last_id   BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

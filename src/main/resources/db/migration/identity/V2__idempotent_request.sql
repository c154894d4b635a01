-- Answers to API writes that carried an Idempotency-Key, kept for a day so that a phone that
-- re-sends after a lost connection gets the first answer instead of a second record.
CREATE TABLE identity_idempotent_request (
  username      VARCHAR(64)  NOT NULL,
  request_key   VARCHAR(100) NOT NULL,
  request_hash  VARCHAR(64)  NOT NULL,
  status        INT,
  content_type  VARCHAR(100),
  body          BYTEA,
  location      VARCHAR(500),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (username, request_key)
);
CREATE INDEX identity_idempotent_request_created_idx ON identity_idempotent_request (created_at);

-- How far a run of the re-encryption of personal data got in each table, so that a run stopped
-- half-way resumes after the last row it finished. target names the suite and key version the
-- run moves rows to; rows of a finished run are deleted.
CREATE TABLE identity_reencryption_progress (
  table_name VARCHAR(63)  PRIMARY KEY,
  target     VARCHAR(40)  NOT NULL,
  last_id    BIGINT       NOT NULL,
  moved      BIGINT       NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

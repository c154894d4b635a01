-- ShedLock's lock of each scheduled job (SchedulingConfiguration): the instance whose row is
-- taken runs the job, the others skip that firing. The layout is ShedLock's, for PostgreSQL.
CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL,
  lock_until TIMESTAMP    NOT NULL,
  locked_at  TIMESTAMP    NOT NULL,
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
);

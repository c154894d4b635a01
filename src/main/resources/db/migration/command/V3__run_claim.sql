-- A scheduled job's claim of a day, for any job of any module: the instance whose insert
-- succeeds runs it, so a cluster runs each job once a day. Takes over the briefing's claims.
CREATE TABLE command_run_claim (
    job        VARCHAR(64) NOT NULL,
    run_date   DATE        NOT NULL,
    claimed_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (job, run_date)
);
INSERT INTO command_run_claim (job, run_date, claimed_at)
    SELECT 'briefing.' || region_code, briefing_date, claimed_at FROM command_briefing_claim;
DROP TABLE command_briefing_claim;

-- Households visited and residents seen per round and grid path, kept in step with every visit
-- in its transaction, so the coverage of a whole city adds up tally rows instead of counting
-- every visit and finding.
CREATE TABLE screening_round_tally (
  round_id           BIGINT       NOT NULL,
  region_path        VARCHAR(200) NOT NULL,
  visited_households BIGINT       NOT NULL,
  seen_residents     BIGINT       NOT NULL,
  CONSTRAINT screening_round_tally_pk PRIMARY KEY (round_id, region_path)
);
CREATE INDEX screening_round_tally_prefix_idx ON screening_round_tally (round_id, region_path ${pathOps});

INSERT INTO screening_round_tally (round_id, region_path, visited_households, seen_residents)
SELECT v.round_id, v.region_path, COUNT(DISTINCT v.household_id),
       (SELECT COUNT(DISTINCT f.resident_id) FROM screening_finding f
         WHERE f.round_id = v.round_id AND f.region_path = v.region_path AND f.present = TRUE)
  FROM screening_visit v GROUP BY v.round_id, v.region_path;

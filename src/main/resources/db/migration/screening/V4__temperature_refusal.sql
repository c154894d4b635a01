-- A resident seen at the door who would not have the temperature taken (拒绝测温): the refusal
-- and the reason stand in for the temperature. The reason may tell of health: purged with it.
ALTER TABLE screening_finding ADD COLUMN temperature_refused BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE screening_finding ADD COLUMN refusal_reason VARCHAR(200);

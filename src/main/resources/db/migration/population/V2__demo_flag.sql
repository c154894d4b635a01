-- Generated demo households are marked, so a deployment can tell them from real ones.
ALTER TABLE population_household ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

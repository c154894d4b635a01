-- Households and residents per grid path, kept in step with every change in the same
-- transaction, so coverage and dashboards of a whole city add up a few thousand rows instead of
-- counting a million.
CREATE TABLE population_grid_tally (
  region_path VARCHAR(200) NOT NULL PRIMARY KEY,
  households  BIGINT       NOT NULL,
  residents   BIGINT       NOT NULL
);
CREATE INDEX population_grid_tally_prefix_idx ON population_grid_tally (region_path ${pathOps});

INSERT INTO population_grid_tally (region_path, households, residents)
SELECT h.region_path, COUNT(*),
       (SELECT COUNT(*) FROM population_resident r WHERE r.region_path = h.region_path)
  FROM population_household h GROUP BY h.region_path;

CREATE INDEX population_household_prefix_idx ON population_household (region_path ${pathOps});
CREATE INDEX population_resident_prefix_idx ON population_resident (region_path ${pathOps});

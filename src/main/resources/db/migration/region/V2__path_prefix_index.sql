-- Subtree queries filter on path LIKE 'prefix/%'; on PostgreSQL the index needs pattern ops
-- to serve them whatever the database's collation (placeholder set by MigrationPlaceholders).
CREATE INDEX region_unit_path_prefix_idx ON region_unit (path ${pathOps});

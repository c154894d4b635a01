package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlatformTest
class MigrationPlaceholdersTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void subtreeIndexesServePrefixSearchesOnEitherDatabase() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            List<String> definitions = jdbc.queryForList(
                    "select indexdef from pg_indexes where indexname = 'region_unit_path_prefix_idx'"
                            + " and schemaname = current_schema()", String.class);
            assertThat(definitions).singleElement().asString().contains("varchar_pattern_ops");
            // The planner must be able to answer a prefix search from the index, not a scan.
            String plan = jdbc.execute((java.sql.Connection c) -> {
                try (var statement = c.createStatement()) {
                    statement.execute("set enable_seqscan = off");
                    var lines = new StringBuilder();
                    try (var rows = statement.executeQuery(
                            "explain select code from region_unit where path like '230506/001/%'")) {
                        while (rows.next()) {
                            lines.append(rows.getString(1)).append('\n');
                        }
                    }
                    statement.execute("reset enable_seqscan");
                    return lines.toString();
                }
            });
            assertThat(plan).contains("region_unit_path_prefix_idx").contains("Index Cond");
        } else {
            assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes"
                    + " where index_name = 'region_unit_path_prefix_idx'", Integer.class)).isPositive();
        }
    }
}

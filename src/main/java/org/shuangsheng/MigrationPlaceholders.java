package org.shuangsheng;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Lets one migration serve H2 and PostgreSQL where they differ. Region paths are searched with
 * {@code path LIKE 'prefix/%'}; PostgreSQL uses a B-tree index for that only with
 * {@code varchar_pattern_ops} (or the "C" collation), which H2 does not know. A migration writes
 * {@code CREATE INDEX ... (region_path ${pathOps})}.
 */
@Component
class MigrationPlaceholders implements FlywayConfigurationCustomizer {

    static final String PATH_OPS = "pathOps";

    @Override
    public void customize(FluentConfiguration configuration) {
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(PATH_OPS, isPostgreSql(configuration.getDataSource()) ? "varchar_pattern_ops" : "");
        configuration.placeholders(placeholders);
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the migrations run on", e);
        }
    }
}

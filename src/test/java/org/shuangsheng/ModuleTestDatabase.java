package org.shuangsheng;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the {@link ModuleTest} contexts on a database apart from the {@link PlatformTest} one, of the
 * same kind as the suite runs on. On the in-memory H2 of {@code config/application.properties}:
 * another in-memory database ({@code shuangsheng} becomes {@code shuangsheng_modules}). On
 * PostgreSQL ({@code SPRING_DATASOURCE_URL}): the same database, schema {@value #SCHEMA}, which
 * Flyway creates and every connection of the pool searches.
 *
 * <p>Apart, because a module test's rows must not reach the platform's: its first region would
 * keep the demo district from being seeded into an empty database, and its households would
 * count in the district-wide tallies the platform tests compare.
 */
class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SCHEMA = "module_tests";
    private static final String H2_MEMORY = "jdbc:h2:mem:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        String url = environment.getRequiredProperty("spring.datasource.url");
        Map<String, Object> apart;
        if (url.startsWith(H2_MEMORY)) {
            int options = url.indexOf(';');
            int end = options < 0 ? url.length() : options;
            apart = Map.of("spring.datasource.url", url.substring(0, end) + "_modules" + url.substring(end));
        } else if (url.startsWith(POSTGRESQL)) {
            apart = Map.of("spring.datasource.hikari.schema", SCHEMA, "spring.flyway.schemas", SCHEMA);
        } else {
            // The URL is not printed: it may carry a password.
            throw new IllegalStateException("Module tests run on in-memory H2 or on PostgreSQL; "
                    + "spring.datasource.url names another database");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("moduleTestDatabase", apart));
    }
}

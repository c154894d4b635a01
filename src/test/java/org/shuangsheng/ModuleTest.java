package org.shuangsheng;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module with the modules it uses, behind MockMvc and the real security, on a database of the
 * module tests' own and without the demo district: Spring Modulith's {@link ApplicationModuleTest}
 * for the package of the test class ({@code org.shuangsheng.screening.module} tests screening).
 * Only the beans and the Flyway migrations of those modules start (enterprise, for one, does
 * not), and {@code Scenario} and {@code AssertablePublishedEvents} may be test method parameters.
 *
 * <p>Every test makes the rows it needs (a district of its own, its accounts, its households):
 * there is no demo data, and the {@link PlatformTest} classes' rows are in another database.
 *
 * <p>The mode is {@code ALL_DEPENDENCIES}: a dependency's beans need their own dependencies
 * (screening uses command, whose alerts send notifications), and a real one is worth more than a
 * mock. A module whose dependencies can be left out or mocked may ask for less.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// ModularityTests verifies the whole structure once per suite; here it would only add to the wait.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ModuleTestDatabase.class)
// Outside demo mode the platform starts as in production: only with a data key and the first
// administrator's password. These two serve the module tests' own database, which holds test rows only.
@TestPropertySource(properties = {"shuangsheng.demo.enabled=false",
        "SHUANGSHENG_DATA_KEY=bW9kdWxlIHRlc3RzIG9ubHksIG5ldmVyIGEgcmVhbCBkYXRhIGtleQ==",
        "SHUANGSHENG_ADMIN_PASSWORD=Module-Tests-Administrator"})
public @interface ModuleTest {

    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.ALL_DEPENDENCIES;

    /** Modules to start besides those the mode names, by name ({@code "notification"}). */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}

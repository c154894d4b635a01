package org.shuangsheng;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation as the platform uses it for command records ({@code shared/validation}). */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    /**
     * Constraints that ask for "today" (an ID number's birth date) ask the platform's clock, in
     * the district's zone, as the services do; Bean Validation's own clock is the JVM's.
     */
    @Bean
    ValidationConfigurationCustomizer platformClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}

package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.shuangsheng.identity.BulkReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The sign-in and export limits that {@link SecurityConfiguration} puts in its chains, with their
 * budgets in the database on PostgreSQL ({@link RateLimitBudgets}).
 */
@Configuration
class RateLimitConfiguration {

    @Bean
    RateLimitBudgets rateLimitBudgets(DataSource dataSource, Clock clock) {
        return RateLimitBudgets.of(dataSource, clock);
    }

    @Bean
    RateLimit signInLimit(RateLimitBudgets budgets, MessageSource messages, LocaleResolver locales,
            @Value("${shuangsheng.login.attempts-per-address:30}") int limit,
            @Value("${shuangsheng.login.attempts-window:5m}") Duration window) {
        return RateLimit.signIns(budgets, limit, window, messages, locales);
    }

    @Bean
    RateLimit exportLimit(RateLimitBudgets budgets, MessageSource messages, LocaleResolver locales,
            @Value("${shuangsheng.export.per-user:30}") int limit,
            @Value("${shuangsheng.export.window:10m}") Duration window, BulkReads bulkReads) {
        return RateLimit.exports(budgets, limit, window, messages, locales, bulkReads::isBulk);
    }

    /** The limits run inside the security chains only, not a second time as servlet filters. */
    @Bean
    FilterRegistrationBean<RateLimit> signInLimitRegistration(RateLimit signInLimit) {
        FilterRegistrationBean<RateLimit> registration = new FilterRegistrationBean<>(signInLimit);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimit> exportLimitRegistration(RateLimit exportLimit) {
        FilterRegistrationBean<RateLimit> registration = new FilterRegistrationBean<>(exportLimit);
        registration.setEnabled(false);
        return registration;
    }
}

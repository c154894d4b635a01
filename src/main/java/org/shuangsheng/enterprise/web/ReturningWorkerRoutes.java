package org.shuangsheng.enterprise.web;

import static org.shuangsheng.enterprise.EnterprisePolicy.WORKER_READERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.WORKER_WRITERS;

import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

/**
 * Returning workers hold health data, so their routes follow {@code EnterprisePolicy.WORKER_READERS}
 * and {@code WORKER_WRITERS}. Ordered before the enterprise routes, whose {@code /enterprises/**}
 * lets every department read.
 */
@Configuration
class ReturningWorkerRoutes {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouteRules returningWorkerRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/enterprises/*/returning-workers/new",
                        "/enterprises/*/returning-workers/*/edit", "/enterprises/*/returning-workers/import",
                        "/enterprises/*/returning-workers/import/**")
                .hasAnyAuthority(WORKER_WRITERS.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/*/returning-workers",
                        "/enterprises/*/returning-workers/**", "/api/v1/enterprises/*/returning-workers")
                .hasAnyAuthority(WORKER_READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/*/returning-workers",
                        "/enterprises/*/returning-workers/**", "/api/v1/enterprises/*/returning-workers",
                        "/api/v1/returning-workers/*/release")
                .hasAnyAuthority(WORKER_WRITERS.authorities());
    }
}

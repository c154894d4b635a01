package org.shuangsheng.enterprise.web;

import static org.shuangsheng.enterprise.EnterprisePolicy.FILERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.LIAISON;
import static org.shuangsheng.enterprise.EnterprisePolicy.ON_BEHALF;
import static org.shuangsheng.enterprise.EnterprisePolicy.READERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.REQUESTERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.REQUEST_HANDLERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.REVIEWERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.REVIEW_READERS;
import static org.shuangsheng.enterprise.EnterprisePolicy.TASK_FORCE;

import java.util.List;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches the enterprise pages and API, by the rules of {@code EnterprisePolicy}: everyone
 * who works with enterprises reads them (each within its scope), the task force registers and
 * checks them, the liaison or the task force files, the paired cadre reviews. Returning workers
 * have their own, earlier rules ({@link ReturningWorkerRoutes}).
 */
@Configuration
class EnterpriseRoutes {

    @Bean
    PersonalDataLists enterprisePersonalDataLists() {
        // Returning workers' names, ID numbers, phones and travel; each enterprise's liaison by name and phone.
        return () -> List.of("/api/v1/enterprises", "/api/v1/enterprises/*/returning-workers");
    }

    @Bean
    RouteRules enterpriseRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/enterprises/requests/new").hasAnyAuthority(LIAISON.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/requests", "/enterprises/requests/*/confirm",
                        "/api/v1/service-requests/*/confirm")
                .hasAnyAuthority(LIAISON.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/*/requests/new")
                .hasAnyAuthority(ON_BEHALF.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/*/requests")
                .hasAnyAuthority(ON_BEHALF.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/requests")
                .hasAnyAuthority(REQUESTERS.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/requests/*/accept",
                        "/enterprises/requests/*/resolve", "/api/v1/service-requests/*/accept",
                        "/api/v1/service-requests/*/resolve")
                .hasAnyAuthority(REQUEST_HANDLERS.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/requests", "/enterprises/requests/*",
                        "/api/v1/service-requests")
                .hasAnyAuthority(FILERS.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/requests/*/comments")
                .hasAnyAuthority(FILERS.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/*/review").hasAnyAuthority(REVIEWERS.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/*/review", "/api/v1/enterprises/*/reviews")
                .hasAnyAuthority(REVIEWERS.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/reviews", "/api/v1/enterprise-reviews")
                .hasAnyAuthority(REVIEW_READERS.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/*/filing", "/enterprises/*/daily-report")
                .hasAnyAuthority(FILERS.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/daily-reports", "/enterprises/daily-reports/export")
                .hasAnyAuthority(TASK_FORCE.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/resumption", "/enterprises/resumption/export",
                        "/api/v1/enterprises/resumption")
                .hasAnyAuthority(TASK_FORCE.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises/new", "/enterprises/import",
                        "/enterprises/import/**", "/enterprises/post-check", "/enterprises/*/edit")
                .hasAnyAuthority(TASK_FORCE.authorities())
                .requestMatchers(HttpMethod.GET, "/enterprises", "/enterprises/**")
                .hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises/*/filing", "/enterprises/*/daily-report")
                .hasAnyAuthority(FILERS.authorities())
                .requestMatchers(HttpMethod.POST, "/enterprises", "/enterprises/**")
                .hasAnyAuthority(TASK_FORCE.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/enterprises", "/api/v1/enterprises/*")
                .hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/daily-reports/completeness")
                .hasAnyAuthority(TASK_FORCE.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/filings",
                        "/api/v1/enterprises/*/daily-reports")
                .hasAnyAuthority(FILERS.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/enterprises")
                .hasAnyAuthority(TASK_FORCE.authorities());
    }

    @Bean
    NavigationEntry enterprisesEntry() {
        return new NavigationEntry("enterprise.nav", "/enterprises", NavigationArea.RESUMPTION, 30, "building", READERS.roles());
    }
}

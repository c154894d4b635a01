package org.shuangsheng.audit.web;

import static org.shuangsheng.audit.AuditPolicy.READERS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who reaches the audit log's page, export, chain check and API, by the rules of {@code AuditPolicy}. */
@Configuration
class AuditRoutes {

    @Bean
    RouteRules auditRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/audit", "/audit/**").hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/audit/verify").hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/audit-events").hasAnyAuthority(READERS.authorities());
    }

    @Bean
    NavigationEntry auditEntry() {
        return new NavigationEntry("audit.nav", "/audit", NavigationArea.SYSTEM, 95, "journal-text", READERS.roles());
    }
}

package org.shuangsheng.screening.web;

import static org.shuangsheng.screening.ScreeningPolicy.PURGERS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who reaches the retention purge of health and travel records, by the rules of {@code ScreeningPolicy}. */
@Configuration
class RetentionRoutes {

    @Bean
    RouteRules retentionRouteRules() {
        return routes -> routes.requestMatchers("/retention", "/retention/**", "/api/v1/retention",
                "/api/v1/retention/**").hasAnyAuthority(PURGERS.authorities());
    }

    @Bean
    NavigationEntry retentionEntry() {
        return new NavigationEntry("retention.nav", "/retention", NavigationArea.SYSTEM, 96, "archive", PURGERS.roles());
    }
}

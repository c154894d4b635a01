package org.shuangsheng.screening.web;

import java.util.EnumSet;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention purge of health and travel records is the commander's alone. */
@Configuration
class RetentionRoutes {

    @Bean
    RouteRules retentionRouteRules() {
        return routes -> routes.requestMatchers("/retention", "/retention/**", "/api/v1/retention",
                "/api/v1/retention/**").hasAuthority(Role.COMMANDER.authority());
    }

    @Bean
    NavigationEntry retentionEntry() {
        return new NavigationEntry("retention.nav", "/retention", 96, EnumSet.of(Role.COMMANDER));
    }
}

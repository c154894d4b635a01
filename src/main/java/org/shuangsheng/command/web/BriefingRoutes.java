package org.shuangsheng.command.web;

import static org.shuangsheng.command.CommandPolicy.OFFICIALS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches the daily briefings (日报), by the rules of {@code CommandPolicy}: the officials read,
 * make and download the briefings of their scope.
 */
@Configuration
class BriefingRoutes {

    @Bean
    RouteRules briefingRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/briefings", "/briefings/*").hasAnyAuthority(OFFICIALS.authorities())
                .requestMatchers(HttpMethod.POST, "/briefings").hasAnyAuthority(OFFICIALS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/briefings/*").hasAnyAuthority(OFFICIALS.authorities());
    }

    @Bean
    NavigationEntry briefingEntry() {
        return new NavigationEntry("briefing.nav", "/briefings", NavigationArea.OVERVIEW, 11, "file-earmark-text", OFFICIALS.roles());
    }
}

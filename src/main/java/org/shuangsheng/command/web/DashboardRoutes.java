package org.shuangsheng.command.web;

import static org.shuangsheng.command.CommandPolicy.OFFICIALS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who reaches the dashboard (指挥部看板) and its API, by the rules of {@code CommandPolicy}. */
@Configuration
class DashboardRoutes {

    @Bean
    RouteRules dashboardRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/dashboard").hasAnyAuthority(OFFICIALS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/dashboard/**").hasAnyAuthority(OFFICIALS.authorities());
    }

    @Bean
    NavigationEntry dashboardEntry() {
        return new NavigationEntry("dashboard.nav", "/dashboard", NavigationArea.OVERVIEW, 10, "speedometer2", OFFICIALS.roles());
    }
}

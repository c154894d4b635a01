package org.shuangsheng.region.web;

import static org.shuangsheng.region.RegionPolicy.EDITORS;
import static org.shuangsheng.region.RegionPolicy.READERS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches the region pages, by the rules of {@code RegionPolicy}; the region API is read by
 * every signed-in user (forms of other modules pick regions from it).
 */
@Configuration
class RegionRoutes {

    @Bean
    RouteRules regionRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/regions/import", "/regions/import/**")
                .hasAnyAuthority(EDITORS.authorities())
                .requestMatchers(HttpMethod.GET, "/regions", "/regions/**").hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/regions", "/regions/**").hasAnyAuthority(EDITORS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/regions").hasAnyAuthority(EDITORS.authorities());
    }

    @Bean
    NavigationEntry regionEntry() {
        return new NavigationEntry("nav.regions", "/regions", NavigationArea.SYSTEM, 90, "diagram-3", READERS.roles());
    }
}

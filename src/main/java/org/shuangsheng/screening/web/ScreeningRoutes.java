package org.shuangsheng.screening.web;

import java.util.EnumSet;
import java.util.List;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches the screening pages: officials and grid workers read rounds and coverage (each
 * within its scope), the commander and subdistrict officers open rounds, and the people at the
 * door (grid workers, paired cadres, subdistrict officers) record visits.
 */
@Configuration
class ScreeningRoutes {

    static final Role[] READERS = {Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER,
        Role.CADRE};
    static final Role[] OPENERS = {Role.COMMANDER, Role.SUBDISTRICT_OFFICER};
    static final Role[] VISITORS = {Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER, Role.CADRE};

    @Bean
    PersonalDataLists screeningPersonalDataLists() {
        // Addresses of the households a round has not reached, with the heads' names masked.
        return () -> List.of("/api/v1/screening-rounds/*/unvisited");
    }

    @Bean
    RouteRules screeningRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/screening-rounds/new").hasAnyRole(RouteRules.roles(OPENERS))
                .requestMatchers("/screening-rounds/*/households/*/visit").hasAnyRole(RouteRules.roles(VISITORS))
                .requestMatchers(HttpMethod.GET, "/screening-rounds", "/screening-rounds/**")
                .hasAnyRole(RouteRules.roles(READERS))
                .requestMatchers(HttpMethod.POST, "/screening-rounds", "/screening-rounds/*/close",
                        "/screening-rounds/*/reopen", "/api/v1/screening-rounds/*/close",
                        "/api/v1/screening-rounds/*/reopen")
                .hasAnyRole(RouteRules.roles(OPENERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/screening-rounds/*/visits")
                .hasAnyRole(RouteRules.roles(VISITORS))
                .requestMatchers(HttpMethod.POST, "/api/v1/screening-rounds").hasAnyRole(RouteRules.roles(OPENERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/screening-rounds", "/api/v1/screening-rounds/**")
                .hasAnyRole(RouteRules.roles(READERS));
    }

    @Bean
    NavigationEntry screeningEntry() {
        return new NavigationEntry("screening.nav", "/screening-rounds", 25, EnumSet.copyOf(List.of(READERS)));
    }
}

package org.shuangsheng.screening.web;

import static org.shuangsheng.screening.ScreeningPolicy.OPENERS;
import static org.shuangsheng.screening.ScreeningPolicy.READERS;
import static org.shuangsheng.screening.ScreeningPolicy.VISITORS;

import java.util.List;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches the screening pages, by the rules of {@code ScreeningPolicy}: officials and grid
 * workers read rounds and coverage (each within its scope), the commander and subdistrict
 * officers open rounds, and the people at the door (grid workers, paired cadres, subdistrict
 * officers) record visits.
 */
@Configuration
class ScreeningRoutes {

    @Bean
    PersonalDataLists screeningPersonalDataLists() {
        // Addresses of the households a round has not reached, with the heads' names masked.
        return () -> List.of("/api/v1/screening-rounds/*/unvisited");
    }

    @Bean
    RouteRules screeningRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/screening-rounds/new").hasAnyAuthority(OPENERS.authorities())
                .requestMatchers("/screening-rounds/*/households/*/visit").hasAnyAuthority(VISITORS.authorities())
                .requestMatchers(HttpMethod.GET, "/screening-rounds", "/screening-rounds/**")
                .hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/screening-rounds", "/screening-rounds/*/close",
                        "/screening-rounds/*/reopen", "/api/v1/screening-rounds/*/close",
                        "/api/v1/screening-rounds/*/reopen")
                .hasAnyAuthority(OPENERS.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/screening-rounds/*/visits")
                .hasAnyAuthority(VISITORS.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/screening-rounds").hasAnyAuthority(OPENERS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/screening-rounds", "/api/v1/screening-rounds/**")
                .hasAnyAuthority(READERS.authorities());
    }

    @Bean
    NavigationEntry screeningEntry() {
        return new NavigationEntry("screening.nav", "/screening-rounds", NavigationArea.PREVENTION, 25, "clipboard2-pulse", READERS.roles());
    }
}

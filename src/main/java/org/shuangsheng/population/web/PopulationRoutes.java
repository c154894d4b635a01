package org.shuangsheng.population.web;

import static org.shuangsheng.population.PopulationPolicy.PAIRERS;
import static org.shuangsheng.population.PopulationPolicy.READERS;
import static org.shuangsheng.population.PopulationPolicy.WRITERS;

import java.util.List;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who reaches the household pages and API, by the rules of {@code PopulationPolicy}. */
@Configuration
class PopulationRoutes {

    @Bean
    PersonalDataLists populationPersonalDataLists() {
        // Addresses with the head's name.
        return () -> List.of("/api/v1/households");
    }

    @Bean
    RouteRules populationRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/households/new", "/households/import", "/households/import/**",
                        "/households/*/move-targets")
                .hasAnyAuthority(WRITERS.authorities())
                .requestMatchers(HttpMethod.GET, "/households", "/households/**")
                .hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/households/pairings", "/households/*/pairing",
                        "/households/*/pairings/*/remove")
                .hasAnyAuthority(PAIRERS.authorities())
                .requestMatchers(HttpMethod.DELETE, "/api/v1/pairings/*")
                .hasAnyAuthority(PAIRERS.authorities())
                .requestMatchers(HttpMethod.POST, "/households/search", "/households/*/residents/*/reveal")
                .hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/households", "/households/**")
                .hasAnyAuthority(WRITERS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/households", "/api/v1/households/**")
                .hasAnyAuthority(READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/households", "/api/v1/households/import",
                        "/api/v1/residents/*/move")
                .hasAnyAuthority(WRITERS.authorities());
    }

    @Bean
    NavigationEntry householdsEntry() {
        return new NavigationEntry("population.nav", "/households", NavigationArea.PREVENTION, 20, "house-door", READERS.roles());
    }
}

package org.shuangsheng.screening.web;

import static org.shuangsheng.screening.ScreeningPolicy.CHECKERS;
import static org.shuangsheng.screening.ScreeningPolicy.QUARANTINE_DECIDERS;
import static org.shuangsheng.screening.ScreeningPolicy.QUARANTINE_READERS;
import static org.shuangsheng.screening.ScreeningPolicy.RULE_READERS;
import static org.shuangsheng.screening.ScreeningPolicy.RULE_WRITERS;

import java.util.List;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the key-area, risk-setting and quarantine routes, by the rules of
 * {@code ScreeningPolicy}. Writing the rule set and key areas, and seeing and deciding
 * quarantines, is open to the commander and the health department (卫健) among departments; the
 * caller's scope then limits which orders.
 */
@Configuration
class QuarantineRoutes {

    @Bean
    PersonalDataLists quarantinePersonalDataLists() {
        // Names and addresses of people under quarantine, with the reasons.
        return () -> List.of("/api/v1/quarantines");
    }

    @Bean
    RouteRules quarantineRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/key-areas/new", "/key-areas/*")
                .hasAnyAuthority(RULE_WRITERS.authorities())
                .requestMatchers(HttpMethod.GET, "/key-areas", "/risk-settings", "/api/v1/key-areas")
                .hasAnyAuthority(RULE_READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/key-areas", "/key-areas/**", "/risk-settings",
                        "/api/v1/key-areas")
                .hasAnyAuthority(RULE_WRITERS.authorities())
                .requestMatchers(HttpMethod.GET, "/quarantines", "/quarantines/**", "/api/v1/quarantines",
                        "/api/v1/quarantines/**")
                .hasAnyAuthority(QUARANTINE_READERS.authorities())
                .requestMatchers(HttpMethod.POST, "/quarantines/*/check-ins", "/api/v1/quarantines/*/check-ins")
                .hasAnyAuthority(CHECKERS.authorities())
                .requestMatchers(HttpMethod.POST, "/quarantines/*/confirm", "/quarantines/*/dismiss",
                        "/quarantines/*/release", "/api/v1/quarantines/*/confirm", "/api/v1/quarantines/*/dismiss",
                        "/api/v1/quarantines/*/release")
                .hasAnyAuthority(QUARANTINE_DECIDERS.authorities());
    }

    @Bean
    NavigationEntry quarantineEntry() {
        return new NavigationEntry("quarantine.nav", "/quarantines", NavigationArea.PREVENTION, 40, "house-lock", QUARANTINE_READERS);
    }

    @Bean
    NavigationEntry keyAreaEntry() {
        return new NavigationEntry("quarantine.keyArea.nav", "/key-areas", NavigationArea.PREVENTION, 45, "geo-alt", RULE_READERS.roles());
    }
}

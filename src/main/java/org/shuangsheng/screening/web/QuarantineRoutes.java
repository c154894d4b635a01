package org.shuangsheng.screening.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the key-area, risk-setting and quarantine routes. Writing the rule set and key
 * areas, and seeing and deciding quarantines, is open to the commander and the health department
 * (卫健) among departments; the caller's scope then limits which orders.
 */
@Configuration
class QuarantineRoutes {

    static final String COMMANDER = Role.COMMANDER.authority();
    static final String HEALTH = Department.HEALTH.authority();
    static final String OFFICER = Role.SUBDISTRICT_OFFICER.authority();
    static final String GRID_WORKER = Role.GRID_WORKER.authority();

    /** Read key areas and the rule set: officials and grid workers (they ask about travel at the door). */
    static final String[] RULE_READERS = {COMMANDER, Role.DEPARTMENT.authority(), OFFICER, GRID_WORKER};
    static final String[] RULE_WRITERS = {COMMANDER, HEALTH};
    static final String[] QUARANTINE_READERS = {COMMANDER, HEALTH, OFFICER, GRID_WORKER};
    static final String[] QUARANTINE_DECIDERS = {COMMANDER, HEALTH, OFFICER};

    @Bean
    PersonalDataLists quarantinePersonalDataLists() {
        // Names and addresses of people under quarantine, with the reasons.
        return () -> List.of("/api/v1/quarantines");
    }

    @Bean
    RouteRules quarantineRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/key-areas/new", "/key-areas/*").hasAnyAuthority(RULE_WRITERS)
                .requestMatchers(HttpMethod.GET, "/key-areas", "/risk-settings", "/api/v1/key-areas")
                .hasAnyAuthority(RULE_READERS)
                .requestMatchers(HttpMethod.POST, "/key-areas", "/key-areas/**", "/risk-settings", "/api/v1/key-areas")
                .hasAnyAuthority(RULE_WRITERS)
                .requestMatchers(HttpMethod.GET, "/quarantines", "/quarantines/**", "/api/v1/quarantines",
                        "/api/v1/quarantines/**")
                .hasAnyAuthority(QUARANTINE_READERS)
                .requestMatchers(HttpMethod.POST, "/quarantines/*/check-ins", "/api/v1/quarantines/*/check-ins")
                .hasAuthority(GRID_WORKER)
                .requestMatchers(HttpMethod.POST, "/quarantines/*/confirm", "/quarantines/*/dismiss",
                        "/quarantines/*/release", "/api/v1/quarantines/*/confirm", "/api/v1/quarantines/*/dismiss",
                        "/api/v1/quarantines/*/release")
                .hasAnyAuthority(QUARANTINE_DECIDERS);
    }

    @Bean
    NavigationEntry quarantineEntry() {
        return new NavigationEntry("quarantine.nav", "/quarantines", 40,
                EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER),
                Set.of(Department.HEALTH));
    }

    @Bean
    NavigationEntry keyAreaEntry() {
        return new NavigationEntry("quarantine.keyArea.nav", "/key-areas", 45,
                Set.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER));
    }
}

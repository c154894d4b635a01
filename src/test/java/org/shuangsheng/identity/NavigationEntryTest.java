package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An entry built from a rule shows to whom the rule lets in, departments included; no Spring. */
class NavigationEntryTest {

    private static final AccessRule HEALTH_AND_OFFICERS = AccessRule.authorities(Role.COMMANDER.authority(),
            Department.HEALTH.authority(), Role.SUBDISTRICT_OFFICER.authority());

    @Test
    void anEntryOfARuleNamingADepartmentShowsToThatDepartmentOnly() {
        NavigationEntry entry = new NavigationEntry("x.nav", "/x", NavigationArea.PREVENTION, 1, "x", HEALTH_AND_OFFICERS);

        assertThat(entry.visibleTo(Role.COMMANDER, List.of(Role.COMMANDER.authority()))).isTrue();
        assertThat(entry.visibleTo(Role.SUBDISTRICT_OFFICER, List.of(Role.SUBDISTRICT_OFFICER.authority()))).isTrue();
        assertThat(entry.visibleTo(Role.DEPARTMENT,
                List.of(Role.DEPARTMENT.authority(), Department.HEALTH.authority()))).isTrue();
        assertThat(entry.visibleTo(Role.DEPARTMENT,
                List.of(Role.DEPARTMENT.authority(), Department.AGRICULTURE.authority()))).isFalse();
        assertThat(entry.visibleTo(Role.GRID_WORKER, List.of(Role.GRID_WORKER.authority()))).isFalse();
    }

    @Test
    void anEntryOfARuleNamingTheDepartmentRoleShowsToEveryDepartment() {
        AccessRule everyDepartment = AccessRule.authorities(Role.DEPARTMENT.authority(),
                Department.HEALTH.authority());
        NavigationEntry entry = new NavigationEntry("x.nav", "/x", NavigationArea.PREVENTION, 1, "x", everyDepartment);

        assertThat(entry.departments()).isEmpty();
        assertThat(entry.visibleTo(Role.DEPARTMENT,
                List.of(Role.DEPARTMENT.authority(), Department.AGRICULTURE.authority()))).isTrue();
    }

    @Test
    void anEntryOfARuleOfRolesAloneShowsToThoseRoles() {
        AccessRule rule = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT);

        assertThat(new NavigationEntry("x.nav", "/x", NavigationArea.PREVENTION, 1, "x", rule))
                .isEqualTo(new NavigationEntry("x.nav", "/x", NavigationArea.PREVENTION, 1, "x", rule.roles()));
    }

    @Test
    void anEntryLeadsToItsPageAndThePagesBelowItButNotToANeighbourSharingItsName() {
        NavigationEntry alerts = new NavigationEntry("alert.nav", "/alerts", NavigationArea.OVERVIEW, 12, "bell",
                Set.of(Role.COMMANDER));
        NavigationEntry home = new NavigationEntry("nav.home", "/", NavigationArea.OVERVIEW, 0, "house",
                Set.of(Role.COMMANDER));

        assertThat(alerts.leadsTo("/alerts")).isTrue();
        assertThat(alerts.leadsTo("/alerts/42")).isTrue();
        assertThat(alerts.leadsTo("/alerts-archive")).isFalse();
        assertThat(home.leadsTo("/")).isTrue();
        assertThat(home.leadsTo("/alerts")).isFalse();
    }

    @Test
    void anIconIsABootstrapIconsNameNotMarkup() {
        assertThatThrownBy(() -> new NavigationEntry("x.nav", "/x", NavigationArea.SYSTEM, 1, "bell\" onclick=\"x",
                Set.of(Role.ADMIN))).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry built from a rule shows to whom the rule lets in, departments included; no Spring. */
class NavigationEntryTest {

    private static final AccessRule HEALTH_AND_OFFICERS = AccessRule.authorities(Role.COMMANDER.authority(),
            Department.HEALTH.authority(), Role.SUBDISTRICT_OFFICER.authority());

    @Test
    void anEntryOfARuleNamingADepartmentShowsToThatDepartmentOnly() {
        NavigationEntry entry = new NavigationEntry("x.nav", "/x", 1, HEALTH_AND_OFFICERS);

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
        NavigationEntry entry = new NavigationEntry("x.nav", "/x", 1, everyDepartment);

        assertThat(entry.departments()).isEmpty();
        assertThat(entry.visibleTo(Role.DEPARTMENT,
                List.of(Role.DEPARTMENT.authority(), Department.AGRICULTURE.authority()))).isTrue();
    }

    @Test
    void anEntryOfARuleOfRolesAloneShowsToThoseRoles() {
        AccessRule rule = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT);

        assertThat(new NavigationEntry("x.nav", "/x", 1, rule))
                .isEqualTo(new NavigationEntry("x.nav", "/x", 1, rule.roles()));
    }
}

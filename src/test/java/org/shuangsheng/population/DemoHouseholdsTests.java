package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@PlatformTest
class DemoHouseholdsTests {

    @Autowired
    PopulationQueries queries;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyDemoGridHasHouseholdsAndTheGridWorkersSeeTheirOwn() {
        assertThat(jdbc.queryForObject("select count(*) from population_household where demo", Long.class))
                .isEqualTo(300L * 7);
        assertThat(jdbc.queryForObject("select count(*) from population_resident r join population_household h"
                + " on r.household_id = h.id where h.demo", Long.class)).isBetween(2100L * 2, 2100L * 3);
        UserDetails grid01 = accounts.loadUserByUsername("grid01");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(grid01, null, grid01.getAuthorities()));
        assertThat(queries.count(new HouseholdFilter("23050600100101", null, null))).isGreaterThanOrEqualTo(7);
        assertThat(queries.count(new HouseholdFilter("23050600200101", null, null))).isZero();
    }

    @Test
    void noDemoResidentIsStoredInClear() {
        assertThat(jdbc.queryForList("select id_number from population_resident", String.class))
                .noneMatch(value -> value.matches(".*\\d{17}[\\dXx].*"));
        assertThat(jdbc.queryForList("select phone from population_resident where phone is not null", String.class))
                .noneMatch(value -> value.matches(".*1\\d{10}.*"));
    }
}

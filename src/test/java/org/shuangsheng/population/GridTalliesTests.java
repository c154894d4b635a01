package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Coverage and dashboards add up the per-grid tally instead of counting every resident, so the
 * tally must equal the live count after every way people come, go and move, also when several
 * grid workers register households in one grid at the same moment.
 */
@PlatformTest
class GridTalliesTests {

    static final String GRID_A = "23050600100103";
    static final String GRID_B = "23050600100104";

    @Autowired
    PopulationManagement population;

    @Autowired
    RosterImport roster;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tallyFollowsRegistrationsMembersMovesAndImports() {
        signIn("hongqi");
        long household = population.register(household(GRID_A, "理货小区1栋1单元101室", 3));
        assertTalliesMatchLiveCounts();

        long added = population.addMember(household,
                new NewMember("王小明", PopulationScopeTests.idNumber(), null, "子女", null));
        assertTalliesMatchLiveCounts();

        long other = population.register(household(GRID_B, "理货小区2栋1单元101室", 1));
        population.moveResident(added, new ResidentTransfer(other, "子女", null, "登记错户"));
        assertTalliesMatchLiveCounts();

        long before = tally(GRID_B).get(0);
        population.move(household, GRID_B);
        assertTalliesMatchLiveCounts();
        assertThat(tally(GRID_B)).isEqualTo(live(GRID_B)).element(0).isEqualTo(before + 1);

        List<List<String>> rows = List.of(
                List.of(GRID_A, "理货小区3栋1单元101室", "赵建国", PopulationScopeTests.idNumber(), "", "户主"),
                List.of(GRID_A, "理货小区3栋1单元101室", "钱秀英", PopulationScopeTests.idNumber(), "", "配偶"),
                List.of(GRID_B, "理货小区3栋1单元102室", "孙德福", PopulationScopeTests.idNumber(), "", "户主"));
        var out = new ByteArrayOutputStream();
        TableWriter.template(TableFormat.CSV, out, "台账", RosterImport.COLUMNS, rows);
        assertThat(roster.importRoster(new ByteArrayInputStream(out.toByteArray()), "roster.csv").succeeded())
                .isTrue();
        assertTalliesMatchLiveCounts();
    }

    @Test
    void householdsRegisteredAtOnceInOneGridAreAllCounted() throws Exception {
        var user = accounts.loadUserByUsername("hongqi");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String address = "并发小区" + TestData.next() + "-" + i + "室";
                work.add(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                    try {
                        return population.register(household(GRID_A, address, 2));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            for (Future<Long> done : pool.invokeAll(work)) {
                assertThat(done.get()).isPositive();
            }
        } finally {
            pool.shutdown();
        }
        assertTalliesMatchLiveCounts();
    }

    private void assertTalliesMatchLiveCounts() {
        Map<String, List<Long>> tallied = new HashMap<>();
        jdbc.query("select region_path, households, residents from population_grid_tally", rs -> {
            if (rs.getLong(2) > 0 || rs.getLong(3) > 0) {
                tallied.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
            }
        });
        Map<String, List<Long>> counted = new HashMap<>();
        jdbc.query("select h.region_path, count(*), (select count(*) from population_resident r"
                + " where r.region_path = h.region_path) from population_household h group by h.region_path", rs -> {
                    counted.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
                });
        assertThat(tallied).isNotEmpty().isEqualTo(counted);
    }

    private List<Long> tally(String grid) {
        return jdbc.queryForObject("select households, residents from population_grid_tally where region_path = ?",
                (rs, n) -> List.of(rs.getLong(1), rs.getLong(2)), path(grid));
    }

    private List<Long> live(String grid) {
        return List.of(
                jdbc.queryForObject("select count(*) from population_household where region_path = ?", Long.class,
                        path(grid)),
                jdbc.queryForObject("select count(*) from population_resident where region_path = ?", Long.class,
                        path(grid)));
    }

    private String path(String grid) {
        return jdbc.queryForObject("select path from region_unit where code = ?", String.class, grid);
    }

    private static NewHousehold household(String grid, String address, int size) {
        String[] relations = {"户主", "配偶", "子女", "子女"};
        List<NewMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new NewMember("李" + "建秀德福".charAt(i) + "国", PopulationScopeTests.idNumber(), null,
                    relations[i], null));
        }
        return new NewHousehold(grid, address, null, members);
    }

    private void signIn(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

package org.shuangsheng.screening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.command.internal.Dashboard;
import org.shuangsheng.population.RosterImport;
import org.shuangsheng.region.RegionImport;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test (surefire's default patterns leave it out): builds a city-sized data set and times
 * what the commander waits for. Run it against PostgreSQL with {@code bench/city-scale.sh}; it
 * prints lines starting with BENCH. On a database a previous run kept, it only times.
 *
 * <p>The region tree has four levels, so the "city" is the demo district grown to city size: 100
 * more subdistricts (codes 230506600 on) of 20 communities of 10 grids (20,000 grids), imported
 * through the region import; 1,000,000 residents in 400,000 households through the roster import,
 * in ten files of 100,000 as communities would send them; one open screening round with 60% of the
 * households visited over four days (a fifth by phone) and a finding per resident, written by SQL
 * with the per-grid tally they would leave, because recording 240,000 visits one by one is not what
 * is measured. Then the coverage of the whole city, of one subdistrict and of one grid, the first
 * page of unvisited households, and the dashboard of the whole city with each module's share, each
 * timed over several runs after two warm-up calls.
 */
@PlatformTest
class CityScaleBenchmark {

    static final int SUBDISTRICTS = Integer.getInteger("bench.subdistricts", 100);
    static final int COMMUNITIES = 20;
    static final int GRIDS = 10;
    static final int RESIDENTS = Integer.getInteger("bench.residents", 1_000_000);
    static final int FILES = Integer.getInteger("bench.files", 10);
    static final int RUNS = Integer.getInteger("bench.runs", 7);
    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    RegionImport regionImport;

    @Autowired
    RosterImport rosterImport;

    @Autowired
    ScreeningManagement screening;

    @Autowired
    ScreeningQueries queries;

    @Autowired
    Dashboard dashboard;

    @Autowired
    List<IndicatorContribution> contributions;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coverageAndDashboardOfACity() throws Exception {
        System.out.printf("BENCH database: %s%n", jdbc.queryForObject("select version()", String.class).split(",")[0]);
        long round;
        if (jdbc.queryForObject("select count(*) from region_unit where code = '230506600'", Long.class) == 0) {
            List<String> grids = importRegions();
            importResidents(grids);
            round = visitSixtyPercent();
        } else {
            round = jdbc.queryForObject("select id from screening_round where name = '基准轮次'", Long.class);
            System.out.println("BENCH reusing the city already in this database");
        }
        String subdistrict = "230506600";
        String grid = jdbc.queryForObject("select min(code) from region_unit where code like '230506650%'"
                + " and unit_level = 'GRID'", String.class);

        signIn("commander");
        time("coverage of the whole city (230506)", () -> queries.coverage(round, "230506"));
        time("coverage of one subdistrict (" + subdistrict + ")", () -> queries.coverage(round, subdistrict));
        time("coverage of one grid (" + grid + ")", () -> queries.coverage(round, grid));
        time("unvisited households, first page of the city", () -> queries.unvisited(round, "230506", 0, 50));
        time("dashboard of the whole city", () -> dashboard.figures("230506", null));
        IndicatorQuery city = new IndicatorQuery(LocalDate.now(DISTRICT_ZONE), "230506", "230506");
        for (IndicatorContribution contribution : contributions) {
            time("  of which " + AopUtils.getTargetClass(contribution).getSimpleName(),
                    () -> contribution.indicators(city));
        }
        var coverage = queries.coverage(round, "230506");
        System.out.printf("BENCH city: %,d households (%,d visited), %,d residents (%,d seen), %d subdistricts%n",
                coverage.households(), coverage.visitedHouseholds(), coverage.residents(), coverage.seenResidents(),
                coverage.children().size());
    }

    private List<String> importRegions() throws Exception {
        signIn("admin");
        List<List<String>> rows = new ArrayList<>();
        List<String> grids = new ArrayList<>();
        for (int s = 0; s < SUBDISTRICTS; s++) {
            String subdistrict = "230506" + (600 + s);
            rows.add(List.of(subdistrict, "基准街道" + (s + 1), "街道", "230506"));
            for (int c = 1; c <= COMMUNITIES; c++) {
                String community = subdistrict + String.format("%03d", c);
                rows.add(List.of(community, "基准社区" + (s + 1) + "-" + c, "社区", subdistrict));
                for (int g = 1; g <= GRIDS; g++) {
                    String grid = community + String.format("%02d", g);
                    rows.add(List.of(grid, "基准网格" + (s + 1) + "-" + c + "-" + g, "网格", community));
                    grids.add(grid);
                }
            }
        }
        byte[] file = write(rows, RegionImport.COLUMNS);
        long start = System.nanoTime();
        RegionImport.Result result = regionImport.importTable(new ByteArrayInputStream(file), "regions.csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!result.succeeded()) {
            throw new AssertionError("region import failed: " + result.errors().stream().limit(5).toList());
        }
        System.out.printf("BENCH regions: %,d units (%,d grids) imported in %,d ms%n", result.created(), grids.size(),
                millis);
        return grids;
    }

    private void importResidents(List<String> grids) throws Exception {
        signIn("commander");
        Random random = new Random(20200318L);
        int perFile = RESIDENTS / FILES;
        long households = 0;
        long totalMillis = 0;
        long[] rates = new long[FILES];
        IdNumbers ids = new IdNumbers();
        int household = 0;
        for (int f = 0; f < FILES; f++) {
            List<List<String>> rows = new ArrayList<>(perFile + 5);
            while (rows.size() < perFile) {
                household++;
                String grid = grids.get(household % grids.size());
                String address = "基准小区" + (household / 240 + 1) + "栋" + (household / 60 % 4 + 1) + "单元"
                        + (household % 60 + 101) + "室";
                // 1 to 4 members, 2.5 on average: 400,000 households for 1,000,000 residents.
                int size = Math.min(SIZES[random.nextInt(SIZES.length)], perFile - rows.size());
                String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                for (int m = 0; m < size; m++) {
                    String phone = m == 0 ? "139" + String.format("%08d", random.nextInt(100_000_000)) : "";
                    rows.add(List.of(grid, address, surname + GIVEN[random.nextInt(GIVEN.length)], ids.next(), phone,
                            RELATIONS[m]));
                }
            }
            byte[] file = write(rows, RosterImport.COLUMNS);
            long start = System.nanoTime();
            RosterImport.Result result = rosterImport.importRoster(new ByteArrayInputStream(file), "roster.csv");
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!result.succeeded()) {
                throw new AssertionError("roster import failed: " + result.errors().stream().limit(5).toList());
            }
            households += result.households();
            totalMillis += millis;
            rates[f] = result.residents() * 1000L / Math.max(1, millis);
            System.out.printf("BENCH roster file %d: %,d residents in %,d households, %,d ms, %,d rows/s%n", f + 1,
                    result.residents(), result.households(), millis, rates[f]);
        }
        Arrays.sort(rates);
        System.out.printf("BENCH roster total: %,d residents in %,d households, %,d ms; median %,d rows/s per file%n",
                (long) perFile * FILES, households, totalMillis, rates[rates.length / 2]);
    }

    private long visitSixtyPercent() {
        signIn("commander");
        LocalDate today = LocalDate.now(DISTRICT_ZONE);
        long round = screening.openRound(new NewRound("基准轮次", today.minusDays(3).toString(),
                today.plusDays(7).toString(), "230506"));
        long visitor = jdbc.queryForObject("select id from identity_user where username = 'grid01'", Long.class);
        long start = System.nanoTime();
        int visits = 0;
        // A sweep over four days: a quarter of the visits today, the rest on the three days before.
        for (int daysAgo = 0; daysAgo < 4; daysAgo++) {
            Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600 + daysAgo * 86_400L));
            visits += jdbc.update("insert into screening_visit (round_id, household_id, grid_code, region_path,"
                    + " visitor_id, visited_at, mode, created_at) select ?, id, grid_code, region_path, ?, ?,"
                    + " case when mod(id, 5) = 0 then 'PHONE' else 'IN_PERSON' end, ? from population_household"
                    + " where mod(id, 10) < 6 and mod(id, 4) = ?", round, visitor, at, at, daysAgo);
        }
        int findings = jdbc.update("insert into screening_finding (visit_id, round_id, resident_id, region_path,"
                + " visited_at, present, temperature, contact_with_case) select v.id, v.round_id, r.id, r.region_path,"
                + " v.visited_at, mod(r.id, 7) <> 0, case when mod(r.id, 97) = 0 then 38.1 else 36.5 end, false"
                + " from screening_visit v join population_resident r on r.household_id = v.household_id"
                + " where v.round_id = ?", round);
        // What recording each visit does to the per-grid tally, done once for all of them.
        jdbc.update("insert into screening_round_tally (round_id, region_path, visited_households, seen_residents)"
                + " select v.round_id, v.region_path, count(distinct v.household_id), (select count(distinct f.resident_id)"
                + " from screening_finding f where f.round_id = v.round_id and f.region_path = v.region_path"
                + " and f.present = true) from screening_visit v where v.round_id = ? group by v.round_id, v.region_path",
                round);
        analyze();
        System.out.printf("BENCH visits: %,d visits with %,d findings written in %,d ms%n", visits, findings,
                (System.nanoTime() - start) / 1_000_000);
        return round;
    }

    private void analyze() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("analyze");
        }
    }

    private static void time(String what, Supplier<?> call) {
        for (int i = 0; i < 2; i++) {
            call.get();
        }
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            call.get();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s: median %d ms of %d runs %s%n", what, sorted[RUNS / 2], RUNS,
                Arrays.toString(millis));
    }

    private void signIn(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static byte[] write(List<List<String>> rows, List<String> columns) {
        var out = new ByteArrayOutputStream();
        TableWriter.template(TableFormat.CSV, out, "基准", columns, rows);
        return out.toByteArray();
    }

    private static final int[] SIZES = {1, 2, 2, 3, 3, 4};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String[] GIVEN = {"建国", "秀英", "桂兰", "淑珍", "丽华", "志强", "海燕", "春梅", "宝山", "德福",
            "玉兰", "明辉", "晓东", "红霞", "立新", "凤霞", "国庆", "雪梅", "振华", "金凤", "长春", "永胜", "丽娜"};
    private static final String[] RELATIONS = {"户主", "配偶", "子女", "子女", "父母"};

    /** Valid ID numbers of another district (110105), never a demo resident's, each used once. */
    private static final class IdNumbers {
        private LocalDate birth = LocalDate.of(1940, 1, 1);
        private int order;

        String next() {
            if (++order > 999) {
                order = 1;
                birth = birth.plusDays(1);
            }
            String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", order);
            return first17 + ResidentIdNumber.checkCharacter(first17);
        }
    }
}

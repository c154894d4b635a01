package org.shuangsheng.population;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test (surefire's default patterns leave it out): times the import of a 100,000-resident
 * roster, .csv and .xlsx, three times each, by the 红旗街道 officer into its demo grids, and prints
 * the median. Run it against PostgreSQL with {@code bench/roster-import.sh}. Each run's rows are
 * deleted before the next, so every run meets the same database.
 */
@PlatformTest
class RosterImportBenchmark {

    static final int RESIDENTS = Integer.getInteger("bench.residents", 100_000);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final String PREFIX = "基准";

    @Autowired
    RosterImport rosterImport;

    @Autowired
    RegionQueries regions;

    @Autowired
    DataScopes scopes;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsAHundredThousandResidents() throws IOException {
        var user = accounts.loadUserByUsername("hongqi");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            DataScope scope = scopes.current();
            List<String> grids = regions.search(new RegionFilter(null, "230506", RegionLevel.GRID, null, false),
                    PageRequest.of(0, 5000)).getContent().stream()
                    .filter(g -> g.demo() && scope instanceof DataScope.Regions r && r.covers(g.path()))
                    .map(RegionView::code).toList();
            Path dir = Files.createDirectories(Path.of(System.getProperty("bench.out", "target/bench")));
            List<List<String>> rows = Generator.rows(RESIDENTS, grids, 20200318L);
            for (TableFormat format : TableFormat.values()) {
                Path file = Generator.write(rows, format, dir);
                byte[] bytes = Files.readAllBytes(file);
                long[] millis = new long[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    clean();
                    long start = System.nanoTime();
                    RosterImport.Result result = rosterImport.importRoster(new ByteArrayInputStream(bytes),
                            file.getFileName().toString());
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                    if (!result.succeeded() || result.residents() != rows.size()) {
                        throw new AssertionError("import failed: " + result.errorCount() + " errors, first "
                                + result.errors().stream().limit(5).toList());
                    }
                    System.out.printf("BENCH roster %s run %d: %d residents, %d households, %d bytes, %d ms, %.0f rows/s%n",
                            format.extension(), run + 1, result.residents(), result.households(), bytes.length,
                            millis[run], result.residents() * 1000.0 / millis[run]);
                }
                long[] sorted = millis.clone();
                Arrays.sort(sorted);
                long median = sorted[sorted.length / 2];
                System.out.printf("BENCH roster %s median of %d: %d ms, %.0f rows/s (%s)%n", format.extension(), RUNS,
                        median, rows.size() * 1000.0 / median,
                        jdbc.queryForObject("select version()", String.class).split(",")[0]);
            }
            clean();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void clean() {
        jdbc.update("delete from population_resident where household_id in"
                + " (select id from population_household where address like '" + PREFIX + "%')");
        jdbc.update("delete from population_household where address like '" + PREFIX + "%'");
    }

    /**
     * Writes a roster of made-up residents: valid ID numbers with address code 110105 (never a
     * demo resident's 230506), households of one to five over the given grids, heads with a
     * mobile. Run alone: {@code Generator.main(dir, residents, gridCode...)}.
     */
    static final class Generator {

        private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
        private static final String GIVEN = "建国秀英桂兰淑珍丽华志强海燕春梅宝山德福玉兰明辉晓东红霞立新凤霞国庆雪梅振华金凤长春永胜丽娜";
        private static final String[] RELATIONS = {"户主", "配偶", "子女", "子女", "父母"};

        public static void main(String[] args) throws IOException {
            Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
            int residents = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
            List<String> grids = args.length > 2 ? List.of(args).subList(2, args.length)
                    : List.of("23050600100101", "23050600100102");
            List<List<String>> rows = rows(residents, grids, 20200318L);
            for (TableFormat format : TableFormat.values()) {
                System.out.println(write(rows, format, dir));
            }
        }

        static List<List<String>> rows(int residents, List<String> grids, long seed) {
            Random random = new Random(seed);
            List<List<String>> rows = new ArrayList<>(residents);
            LocalDate birth = LocalDate.of(1940, 1, 1);
            int order = 0;
            int household = 0;
            while (rows.size() < residents) {
                household++;
                String grid = grids.get(household % grids.size());
                String address = PREFIX + "小区" + (household / 240 + 1) + "栋" + (household / 60 % 4 + 1) + "单元"
                        + (household % 60 + 101) + "室";
                String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                int size = Math.min(1 + random.nextInt(5), residents - rows.size());
                for (int m = 0; m < size; m++) {
                    if (++order > 999) {
                        order = 1;
                        birth = birth.plusDays(1);
                    }
                    String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", order);
                    String id = first17 + ResidentIdNumber.checkCharacter(first17);
                    int k = random.nextInt(GIVEN.length() / 2);
                    String name = surname + GIVEN.substring(2 * k, 2 * k + 2);
                    String phone = m == 0 ? "138" + String.format("%08d", random.nextInt(100_000_000)) : "";
                    rows.add(List.of(grid, address, name, id, phone, RELATIONS[m]));
                }
            }
            return rows;
        }

        static Path write(List<List<String>> rows, TableFormat format, Path dir) throws IOException {
            Path file = dir.resolve("roster-" + rows.size() + "." + format.extension());
            try (OutputStream out = Files.newOutputStream(file)) {
                TableWriter.template(format, out, "台账", RosterImport.COLUMNS, rows);
            }
            return file;
        }
    }
}

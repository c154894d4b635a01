package org.shuangsheng.enterprise;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.enterprise.reporting.Completeness;
import org.shuangsheng.enterprise.reporting.DailyReports;
import org.shuangsheng.enterprise.reporting.ResumptionProgress;
import org.shuangsheng.enterprise.reporting.ResumptionStatistics;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test (surefire's default patterns leave it out): times the daily report completeness
 * view of one day for the commander over 50,000 resumed enterprises, 80% of them reported, and
 * the resumption progress by subdistrict and industry over the same rows, and prints each run
 * and the median. Run it against PostgreSQL with
 * {@code bench/daily-report-completeness.sh}.
 */
@PlatformTest
class CompletenessBenchmark {

    static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 50_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Autowired
    DailyReports reports;

    @Autowired
    ResumptionStatistics resumption;

    @Autowired
    RegionQueries regions;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completenessOfADayOverFiftyThousandEnterprises() {
        List<RegionView> subdistricts = regions.search(new RegionFilter("230506", null, RegionLevel.SUBDISTRICT, null,
                false), PageRequest.of(0, 100)).getContent();
        LocalDate today = reports.todayInDistrict();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String phone = cipher.encrypt("13904690000");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            RegionView s = subdistricts.get(i % subdistricts.size());
            rows.add(new Object[] {"基准企业" + i, String.format("BENCH%013d", i), String.valueOf((char) ('A' + i % 20)),
                "SMALL", s.code(), s.path(), "基准路" + i + "号", "联络员", phone, "RESUMED",
                Date.valueOf(today.minusDays(1)), now, now});
            if (rows.size() == 2000 || i == ENTERPRISES - 1) {
                jdbc.batchUpdate("insert into enterprise (name, uscc, industry, size, subdistrict_code, region_path,"
                        + " address, liaison_name, liaison_phone, status, resumed_on, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
                rows.clear();
            }
        }
        jdbc.update("insert into enterprise_daily_report (enterprise_id, region_path, report_date, on_site_staff,"
                + " returned_today, from_key_areas, in_quarantine, with_fever, temperature_checked, disinfected,"
                + " mask_days, late, submitted_at, submitted_by) select id, region_path, ?, 20, 1, 0, 0, 0, true, true,"
                + " 5, mod(id, 7) = 0, ?, 'bench' from enterprise where uscc like 'BENCH%' and mod(id, 5) <> 0",
                Date.valueOf(today), now);
        jdbc.execute("analyze");
        var user = accounts.loadUserByUsername("commander");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            reports.completeness(today);
            long[] millis = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                Completeness c = reports.completeness(today);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("BENCH completeness run %d: %d ms (expected %d, reported %d, late %d, missing %d,"
                        + " %d listed)%n", run + 1, millis[run], c.expected(), c.reported(), c.late(),
                        c.missingCount(), c.missing().size());
            }
            Arrays.sort(millis);
            System.out.printf("BENCH completeness median: %d ms over %d enterprises%n", millis[RUNS / 2],
                    ENTERPRISES);
            // The last page of the missing list, and the whole list as the export streams it.
            long missing = reports.completeness(today).missingCount();
            int lastPage = (int) Math.max(0, (missing - 1) / Completeness.PAGE_SIZE);
            long[] last = new long[RUNS];
            long[] whole = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                reports.completeness(today, lastPage, Completeness.PAGE_SIZE);
                last[run] = (System.nanoTime() - start) / 1_000_000;
                long[] count = {0};
                start = System.nanoTime();
                reports.forEachMissing(today, m -> count[0]++);
                whole[run] = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("BENCH completeness run %d: last page %d in %d ms, all %d missing in %d ms%n",
                        run + 1, lastPage, last[run], count[0], whole[run]);
            }
            Arrays.sort(last);
            Arrays.sort(whole);
            System.out.printf("BENCH completeness last page median: %d ms; all missing median: %d ms%n",
                    last[RUNS / 2], whole[RUNS / 2]);
            long[] progress = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                ResumptionProgress p = resumption.progress(today);
                progress[run] = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("BENCH resumption run %d: %d ms (%d enterprises, %d resumed, %d on site,"
                        + " %d subdistricts, %d industries)%n", run + 1, progress[run], p.enterprises(), p.resumed(),
                        p.onSiteStaff(), p.bySubdistrict().size(), p.byIndustry().size());
            }
            Arrays.sort(progress);
            System.out.printf("BENCH resumption median: %d ms%n", progress[RUNS / 2]);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

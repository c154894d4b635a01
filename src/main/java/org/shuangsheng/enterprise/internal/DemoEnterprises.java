package org.shuangsheng.enterprise.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.shuangsheng.enterprise.registration.EnterpriseImport;
import org.shuangsheng.enterprise.registration.EnterpriseManagement;
import org.shuangsheng.enterprise.EnterpriseSize;
import org.shuangsheng.enterprise.Industry;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 150 made-up enterprises across the demo district's subdistricts, with valid credit codes:
 * most resumed over the last three weeks with their filings (most checked, a few awaiting the
 * check, two returned), some not yet filed, two suspended. The first, enterprise 1 in 红旗街道, is
 * the one the demo account {@code ent01} answers for, not yet filed, so that a newcomer can
 * walk the filing; cadre01 is paired with it and four more.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoEnterprises implements ApplicationRunner {

    static final int COUNT = 150;
    static final String DISTRICT = "230506";
    static final String HONGQI = "230506001";
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Told apart from the first enterprise of the same trade in the same subdistrict. */
    private static final String[] BRANDS = {"", "鑫源", "宏达", "盛丰", "永兴"};
    private static final String[] TRADES = {"煤矿机械", "食品", "建材", "商贸", "物流", "热电", "农机", "木业", "制药", "酒店",
        "超市", "建筑工程", "汽车修理", "粮油", "印刷"};
    private static final Industry[] INDUSTRY_OF_TRADE = {Industry.C, Industry.C, Industry.C, Industry.F, Industry.G,
        Industry.D, Industry.C, Industry.C, Industry.C, Industry.H, Industry.F, Industry.E, Industry.O, Industry.A,
        Industry.C};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static final String[] GIVEN = {"建国", "海燕", "志强", "秀兰", "立新", "春梅", "国庆", "玉珍", "德明", "丽华"};

    private static final Logger log = LoggerFactory.getLogger(DemoEnterprises.class);

    private final EnterpriseRepository enterprises;
    private final ResumptionFilingRepository filings;
    private final EnterprisePairingRepository pairings;
    private final RegionQueries regions;
    private final AccountManagement accounts;
    private final DailyReportRepository reports;
    private final FiveDayReviewRepository reviews;
    private final Clock clock;

    DemoEnterprises(EnterpriseRepository enterprises, ResumptionFilingRepository filings,
            EnterprisePairingRepository pairings, RegionQueries regions, AccountManagement accounts,
            DailyReportRepository reports, FiveDayReviewRepository reviews, Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.enterprises = enterprises;
        this.filings = filings;
        this.pairings = pairings;
        this.regions = regions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        RegionView district = regions.find(DISTRICT).orElse(null);
        if (enterprises.count() > 0 || district == null || !district.demo()) {
            return;
        }
        List<RegionView> subdistricts = regions.search(new RegionFilter(DISTRICT, null, RegionLevel.SUBDISTRICT, null,
                false), PageRequest.of(0, 100, RegionQueries.TREE_ORDER)).getContent();
        RegionView hongqi = subdistricts.stream().filter(s -> s.code().equals(HONGQI)).findFirst().orElseThrow();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Random random = new Random(20200318L);
        long cadre = accounts.findEnabled("cadre01").map(AccountView::id).orElse(0L);
        int resumed = 0;
        java.util.Map<String, Integer> bySubdistrict = new java.util.HashMap<>();
        for (int i = 0; i < COUNT; i++) {
            RegionView subdistrict = i < 12 ? hongqi : subdistricts.get(i % subdistricts.size());
            // Named after the place it is in, each trade once per subdistrict before a brand repeats it.
            int n = i == 0 ? 0 : bySubdistrict.merge(subdistrict.code(), 1, Integer::sum) - 1;
            int trade = i == 0 ? 1 : n % TRADES.length;
            String place = subdistrict.name().replaceAll("(街道|镇|乡)$", "");
            String name = i == 0 ? "宝山区红旗食品有限公司"
                    : place + BRANDS[n / TRADES.length % BRANDS.length] + TRADES[trade] + "有限公司";
            EnterpriseSize size = EnterpriseSize.values()[1 + random.nextInt(3)];
            String liaison = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            Enterprise enterprise = enterprises.save(new Enterprise(new Enterprise.Details(name, uscc(i),
                    INDUSTRY_OF_TRADE[trade], size, subdistrict.code(), subdistrict.path(),
                    subdistrict.name() + (i % 40 + 1) + "号", SURNAMES[random.nextInt(SURNAMES.length)] + "总",
                    liaison, PhoneNumber.parse(String.format("1390469%04d", i)), liaison,
                    size == EnterpriseSize.MEDIUM ? 120 + random.nextInt(300) : 8 + random.nextInt(90),
                    i % 25 == 7), now).markDemo());
            if (i == 0 && enterprise.getId() != 1L) {
                log.warn("The demo enterprise of ent01 got id {}, not 1: ent01 sees none", enterprise.getId());
            }
            if (i < 5 && cadre != 0) {
                pairings.save(new EnterprisePairing(cadre, enterprise.getId(), now, "hongqi"));
            }
            if (i == 0 || i % 9 == 4) {
                continue;
            }
            int daysAgo = 1 + random.nextInt(21);
            LocalDate day = today.minusDays(daysAgo);
            LocalDate planned = day.plusDays(random.nextInt(5) - 2);
            Instant filedAt = day.atTime(9, random.nextInt(60)).atZone(zone).toInstant();
            ResumptionFiling filing = new ResumptionFiling(enterprise.getId(), subdistrict.path(),
                    new ResumptionFiling.Plan(liaison, PhoneNumber.parse(String.format("1390469%04d", i)),
                            "成立以总经理为组长的防控领导小组；发现发热员工立即隔离并报告社区。",
                            "全体员工逐人登记近14天行程，外地返岗人员隔离期满后上岗。", 3 + random.nextInt(12), true,
                            "办公区、车间每日消杀两次并登记。", "分餐错峰就餐", "视频会议为主", "班车每日消杀，乘车测温",
                            planned, EnterpriseManagement.STANDARD_COMMITMENT, liaison),
                    day, filedAt, "demo");
            if (i % 31 == 3) {
                filing.returnWith("隔离室位置不明确，请补充说明并附照片。", filedAt.plusSeconds(86_400), "hongqi");
            } else if (daysAgo > 3) {
                filing.check(filedAt.plusSeconds(2 * 86_400), "commander");
            }
            filings.save(filing);
            enterprise.resume(planned, day, now);
            if (i % 50 == 17) {
                enterprise.changeStatus(org.shuangsheng.enterprise.EnterpriseStatus.SUSPENDED, now);
            }
            report(enterprise, subdistrict.path(), day, today, random, zone);
            review(enterprise, subdistrict.path(), today, random, now);
            resumed++;
        }
        log.info("Seeded {} demo enterprises, {} of them filed and resumed", COUNT, resumed);
    }

    /**
     * Reports for each day since resuming, the last three days at most; today about half are in
     * so far, and one in ten came after the deadline.
     */
    private void report(Enterprise enterprise, String path, LocalDate resumed, LocalDate today, Random random,
            ZoneId zone) {
        if (enterprise.getStatus() != org.shuangsheng.enterprise.EnterpriseStatus.RESUMED) {
            return;
        }
        int staff = enterprise.getHeadcount() == null ? 20 : enterprise.getHeadcount();
        for (LocalDate day = today.minusDays(3).isAfter(resumed) ? today.minusDays(3) : resumed;
                !day.isAfter(today); day = day.plusDays(1)) {
            if (day.equals(today) && random.nextBoolean()) {
                continue;
            }
            boolean late = random.nextInt(10) == 0;
            Instant at = day.atTime(late ? 11 : 8, random.nextInt(60)).atZone(zone).toInstant();
            // Drawn before the time is checked, so the demo is the same at every hour of the day.
            DailyReport.Figures figures = new DailyReport.Figures(staff * (7 + random.nextInt(4)) / 10,
                    random.nextInt(3), random.nextInt(15) == 0 ? 1 : 0, random.nextInt(20) == 0 ? 1 : 0, 0, true, true,
                    3 + random.nextInt(10), 7, null);
            if (at.isAfter(clock.instant())) {
                continue;
            }
            reports.save(new DailyReport(enterprise.getId(), path, day, figures, late, at, "demo"));
        }
    }

    /** Reviews every five days since resuming, on the due day or a day late; one in eight is left overdue. */
    private void review(Enterprise enterprise, String path, LocalDate today, Random random, Instant now) {
        if (enterprise.getStatus() != org.shuangsheng.enterprise.EnterpriseStatus.RESUMED) {
            return;
        }
        LocalDate due = enterprise.getNextReviewDue();
        while (due != null && due.isBefore(today) && random.nextInt(8) > 0) {
            LocalDate on = random.nextInt(4) == 0 ? due.plusDays(1) : due;
            boolean rectify = random.nextInt(6) == 0;
            reviews.save(new FiveDayReview(enterprise.getId(), path, on, due,
                    new FiveDayReview.Checklist(true, true, !rectify, true, true, true),
                    rectify ? org.shuangsheng.enterprise.reporting.ReviewOutcome.RECTIFY
                            : org.shuangsheng.enterprise.reporting.ReviewOutcome.PASS,
                    rectify ? on.plusDays(3) : null, rectify ? "车间消杀记录不全，补齐并每日登记" : null, "cadre01", now));
            enterprise.reviewed(on, now);
            due = enterprise.getNextReviewDue();
        }
    }

    /** A made-up but valid credit code, distinct per index. */
    static String uscc(int index) {
        StringBuilder serial = new StringBuilder();
        int n = index + 1;
        for (int i = 0; i < 5; i++) {
            serial.insert(0, CODE_CHARACTERS.charAt(n % CODE_CHARACTERS.length()));
            n /= CODE_CHARACTERS.length();
        }
        return EnterpriseImport.madeUpUscc("91230506MA1" + serial);
    }
}

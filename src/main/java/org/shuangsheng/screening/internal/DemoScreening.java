package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.population.HouseholdResidents;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.screening.VisitMode;
import org.shuangsheng.screening.VisitRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One open round over the demo district, "第三轮全区网格化排查", started five days ago, with
 * visits to about 60% of the households of 红旗街道 and 跃进街道: some by phone, a few residents
 * away, a couple of fevers (one found today), a few travellers back from the demo key areas.
 * grid01's grid keeps unvisited households for the next sweep. Generated from a fixed seed after
 * the demo households (order 30) and the demo key areas (order 40). Each visit is published as
 * {@link VisitRecorded}, as a recorded visit is, so the fevers reach the alert list and the
 * travellers get their risk level and a proposed quarantine.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoScreening implements ApplicationRunner {

    static final String NAME = "第三轮全区网格化排查";
    static final String DISTRICT = "230506";
    static final String GRID01 = "23050600100101";
    static final List<String> SUBDISTRICTS = List.of("230506001", "230506002");
    private static final String[] AWAY = {"外出务工", "走亲访友", "住院治疗"};
    private static final String[] SYMPTOMS = {"咳嗽", "乏力", "咽痛"};
    /** Where the demo travellers come back from, in turn: no key area, a high one, a medium one. */
    private static final String[] ORIGINS = {"哈尔滨市", "武汉市", "温州市"};

    private static final Logger log = LoggerFactory.getLogger(DemoScreening.class);

    private final ScreeningRoundRepository rounds;
    private final ScreeningVisitRepository visits;
    private final ScreeningFindingRepository findings;
    private final PopulationQueries population;
    private final RegionQueries regions;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundTallies tallies;

    DemoScreening(ScreeningRoundRepository rounds, ScreeningVisitRepository visits,
            ScreeningFindingRepository findings, PopulationQueries population, RegionQueries regions,
            AccountManagement accounts, ApplicationEventPublisher events, Clock clock, RoundTallies tallies) {
        this.tallies = tallies;
        this.rounds = rounds;
        this.visits = visits;
        this.findings = findings;
        this.population = population;
        this.regions = regions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        RegionView district = regions.find(DISTRICT).orElse(null);
        if (rounds.count() > 0 || district == null || !district.demo()) {
            return;
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        ScreeningRound round = rounds.save(new ScreeningRound(NAME, today.minusDays(5), today.plusDays(9), DISTRICT,
                district.path(), "commander", now).markDemo());
        Random random = new Random(20200318L);
        int made = 0;
        int fevers = 0;
        int travellers = 0;
        java.util.Set<String> visited = new java.util.HashSet<>();
        for (String subdistrict : SUBDISTRICTS) {
            long visitor = visitor(subdistrict.equals("230506001") ? "hongqi" : "grid02");
            List<RegionView> grids = regions.search(new RegionFilter(null, subdistrict, RegionLevel.GRID, null, false),
                    PageRequest.of(0, 1000)).getContent();
            for (RegionView grid : grids) {
                boolean grid01 = grid.code().equals(GRID01);
                long by = grid01 ? visitor("grid01") : visitor;
                List<HouseholdResidents> households = population.demoHouseholds(grid.path());
                for (int h = 0; h < households.size(); h++) {
                    // About 60% of each grid; grid01's keeps its last households for the browser journey.
                    boolean visit = grid01 ? h < 4 : random.nextInt(10) < 6;
                    if (!visit) {
                        continue;
                    }
                    int daysAgo = random.nextInt(6);
                    Instant at = today.minusDays(daysAgo).atStartOfDay(zone).plus(8, ChronoUnit.HOURS)
                            .plus(random.nextInt(600), ChronoUnit.MINUTES).toInstant();
                    // Drawn whether used or not, so the demo is the same at every hour of the day.
                    int minutesBeforeNow = random.nextInt(30) + 1;
                    if (at.isAfter(now)) {
                        at = now.minus(minutesBeforeNow, ChronoUnit.MINUTES);
                    }
                    VisitMode mode = random.nextInt(5) == 0 ? VisitMode.PHONE : VisitMode.IN_PERSON;
                    HouseholdResidents household = households.get(h);
                    ScreeningVisit saved = visits.save(new ScreeningVisit(round.getId(), household.id(),
                            household.gridCode(), household.regionPath(), by, at, mode, null, null, at));
                    visited.add(household.regionPath());
                    List<VisitRecorded.Finding> recorded = new ArrayList<>();
                    for (long resident : household.residentIds()) {
                        boolean present = random.nextInt(10) > 0;
                        BigDecimal temperature = present
                                ? BigDecimal.valueOf(360 + random.nextInt(12)).movePointLeft(1) : null;
                        String symptoms = null;
                        if (present && fevers < 2 && (daysAgo == 0 || fevers == 0) && random.nextInt(20) == 0) {
                            temperature = fevers == 0 ? new BigDecimal("38.5") : new BigDecimal("37.8");
                            symptoms = SYMPTOMS[random.nextInt(SYMPTOMS.length)];
                            fevers++;
                        }
                        boolean travelled = present && random.nextInt(25) == 0;
                        String from = travelled ? ORIGINS[travellers++ % ORIGINS.length] : null;
                        // Back 3 to 12 days before the visit: within the look-back of the rules.
                        LocalDate arrived = travelled ? today.minusDays(daysAgo + 3 + random.nextInt(10)) : null;
                        ScreeningFinding finding = findings.save(new ScreeningFinding(saved, resident, present,
                                present ? null : AWAY[random.nextInt(AWAY.length)], temperature, symptoms, from,
                                arrived, travelled ? "K7078次列车" : null, false,
                                symptoms != null ? "居家观察，每日测温" : null));
                        recorded.add(new VisitRecorded.Finding(finding.getId(), resident, present, temperature,
                                symptoms, from, arrived, false));
                    }
                    events.publishEvent(new VisitRecorded(round.getId(), saved.getId(), household.id(),
                            household.gridCode(), household.regionPath(), at, mode, by, recorded));
                    made++;
                }
            }
        }
        tallies.refresh(round.getId(), visited);
        log.info("Seeded the demo screening round with {} visits, {} fevers and {} travellers", made, fevers,
                travellers);
    }

    private long visitor(String username) {
        return accounts.findEnabled(username).map(AccountView::id).orElse(0L);
    }
}

package org.shuangsheng.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.population.Relation;
import org.shuangsheng.population.ResidentType;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
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
 * Made-up households for every demo grid, so a newcomer sees lists, searches and masks at
 * work. Names, addresses, ID numbers (valid checksums, address code 230506) and phones are
 * generated from a fixed seed; every household is marked as demo data.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoHouseholds implements ApplicationRunner {

    static final int HOUSEHOLDS_PER_GRID = 7;

    private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "建国秀英桂兰淑珍丽华志强海燕春梅宝山德福玉兰明辉晓东红霞立新凤霞国庆雪梅振华金凤长春永胜丽娜";
    private static final String[] PREFIXES = {"134", "135", "136", "137", "138", "139", "150", "151", "152", "157",
        "158", "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153",
        "180", "189"};

    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final RegionQueries regions;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final GridTallies tallies;

    DemoHouseholds(HouseholdRepository households, ResidentRepository residents, RegionQueries regions,
            PersonalDataCipher cipher, Clock clock, GridTallies tallies) {
        this.households = households;
        this.residents = residents;
        this.regions = regions;
        this.cipher = cipher;
        this.clock = clock;
        this.tallies = tallies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (households.count() > 0) {
            return;
        }
        Random random = new Random(20200318L);
        List<RegionView> grids = regions.search(new RegionFilter(null, "230506", RegionLevel.GRID, null, false),
                PageRequest.of(0, 2000)).getContent().stream().filter(RegionView::demo).toList();
        java.util.Set<String> used = new java.util.HashSet<>();
        int people = 0;
        for (RegionView grid : grids) {
            RegionView community = regions.find(grid.parentCode()).orElseThrow();
            boolean village = community.kind() == RegionKind.VILLAGE;
            for (int h = 1; h <= HOUSEHOLDS_PER_GRID; h++) {
                String address = village
                        ? community.name() + grid.code().substring(grid.code().length() - 1) + "组" + (h * 3 + 1) + "号"
                        : community.name().replace("社区", "小区") + grid.code().substring(grid.code().length() - 1)
                                + "栋" + (1 + h % 3) + "单元" + (100 + h) + "室";
                Household household = households.save(new Household(grid.code(), grid.path(), address, null,
                        clock.instant()).markDemo());
                String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
                int size = 1 + random.nextInt(4);
                List<Resident> members = new ArrayList<>();
                for (int m = 0; m < size; m++) {
                    Relation relation = m == 0 ? Relation.HEAD : m == 1 ? Relation.SPOUSE : Relation.CHILD;
                    LocalDate birth = relation == Relation.CHILD
                            ? LocalDate.of(1985 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            : LocalDate.of(1945 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    boolean male = (m == 0) == (random.nextInt(5) > 0);
                    ResidentIdNumber id = idNumber(birth, male, used);
                    PhoneNumber phone = relation == Relation.CHILD && random.nextBoolean() ? null : PhoneNumber.parse(
                            PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000)));
                    String name = (relation == Relation.SPOUSE
                            ? String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length()))) : surname)
                            + given(random);
                    members.add(new Resident(household.getId(), grid.path(), name, id, cipher.idNumberHash(id), phone,
                            phone == null ? null : cipher.phoneHash(phone), relation,
                            village ? ResidentType.REGISTERED : random.nextInt(6) == 0 ? ResidentType.NON_REGISTERED
                                    : ResidentType.REGISTERED,
                            clock.instant()));
                }
                residents.saveAll(members);
                people += members.size();
            }
        }
        tallies.refresh(grids.stream().map(RegionView::path).toList());
        log.info("Seeded {} demo households with {} residents", grids.size() * HOUSEHOLDS_PER_GRID, people);
    }

    private static String given(Random random) {
        int k = random.nextInt(GIVEN.length() / 2);
        return GIVEN.substring(2 * k, 2 * k + 2);
    }

    /** The first free sequence number of the birth date, odd for men and even for women. */
    private static ResidentIdNumber idNumber(LocalDate birth, boolean male, java.util.Set<String> used) {
        String prefix = "230506" + birth.toString().replace("-", "");
        for (int order = male ? 1 : 2; order < 1000; order += 2) {
            String first17 = prefix + String.format("%03d", order);
            if (used.add(first17)) {
                return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
            }
        }
        throw new IllegalStateException("no free sequence number");
    }
}

package org.shuangsheng.enterprise.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.screening.ArrivalRisk;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Made-up returning workers for the demo enterprises, rated by the demo key areas (湖北省, 武汉市,
 * 温州市) and the rule set: enterprise 1 (ent01's) has three — one still away in 武汉, one back
 * from 哈尔滨, one in quarantine after 温州 — and the first resumed enterprises a few each, among
 * them workers in quarantine, one whose quarantine ends today, one overdue for release and some
 * released. Once only, after the enterprises and the key areas.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoReturningWorkers implements ApplicationRunner {

    static final int ENTERPRISES = 12;
    private static final String[] ORIGINS = {"黑龙江省哈尔滨市", "佳木斯市", "北京市朝阳区", "辽宁省大连市", "湖北省武汉市",
        "沈阳市", "七台河市", "吉林省长春市"};
    private static final String[] TRANSPORT = {"K7034 次列车", "自驾 黑E·3A217", "航班 CZ6104", "G1234 次列车", "长途客车"};

    private static final Logger log = LoggerFactory.getLogger(DemoReturningWorkers.class);

    private final ReturningWorkerRepository workers;
    private final EnterpriseRepository enterprises;
    private final ArrivalRisk risk;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    DemoReturningWorkers(ReturningWorkerRepository workers, EnterpriseRepository enterprises, ArrivalRisk risk,
            PersonalDataCipher cipher, Clock clock) {
        this.workers = workers;
        this.enterprises = enterprises;
        this.risk = risk;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Enterprise first = enterprises.findById(1L).orElse(null);
        if (workers.count() > 0 || first == null || !first.isDemo()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int days = risk.rules().quarantineDays();
        Random random = new Random(20200310L);
        Set<String> used = new HashSet<>();
        save(first, "张伟", "湖北省武汉市", today.plusDays(2), null, null, null, false, random, used);
        save(first, "李娜", "黑龙江省哈尔滨市", today.minusDays(6), today.minusDays(5), "K7034 次列车", "36.5", false,
                random, used);
        save(first, "王芳", "浙江省温州市", today.minusDays(3), today.minusDays(2), "航班 MU5361", "36.7", false,
                random, used);
        List<Enterprise> resumed = enterprises.findAll(Sort.by("id")).stream()
                .filter(e -> e.isDemo() && e.getStatus() == EnterpriseStatus.RESUMED).limit(ENTERPRISES).toList();
        for (int i = 0; i < resumed.size(); i++) {
            Enterprise e = resumed.get(i);
            if (i == 0) {
                save(e, name(random), "湖北省武汉市", today.minusDays(days), today.minusDays(days), "G1234 次列车",
                        "36.6", false, random, used);
            }
            if (i == 1) {
                save(e, name(random), "武汉市", today.minusDays(days + 2), today.minusDays(days + 2),
                        "自驾 鄂A·5K802", "36.4", false, random, used);
            }
            int count = 2 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                String origin = ORIGINS[random.nextInt(ORIGINS.length)];
                int ago = random.nextInt(12) - 2;
                LocalDate expected = today.minusDays(ago);
                LocalDate back = ago > 0 ? expected.plusDays(random.nextInt(2)) : null;
                if (back != null && back.isAfter(today)) {
                    back = today;
                }
                String temperature = back == null ? null : random.nextInt(12) == 0 ? "37.6" : "36." + random.nextInt(8);
                ReturningWorker w = save(e, name(random), origin, expected, back,
                        back == null ? null : TRANSPORT[random.nextInt(TRANSPORT.length)], temperature,
                        random.nextInt(25) == 0, random, used);
                if (w.getQuarantineUntil() != null && w.getReturnDate().isBefore(today.minusDays(8))
                        && random.nextBoolean()) {
                    w.release(w.getQuarantineUntil().isAfter(today) ? today : w.getQuarantineUntil(),
                            w.getQuarantineUntil().isAfter(today) ? "核酸检测阴性，经社区卫生服务中心评估提前解除" : null,
                            "hongqi", clock.instant());
                }
            }
        }
        log.info("Seeded {} demo returning workers", workers.count());
    }

    private ReturningWorker save(Enterprise e, String name, String origin, LocalDate expected, LocalDate back,
            String transport, String temperature, boolean contact, Random random, Set<String> used) {
        ResidentIdNumber id = idNumber(random, used);
        PhoneNumber phone = PhoneNumber.parse(String.format("1370469%04d", used.size()));
        ReturningWorker.Details d = new ReturningWorker.Details(name, id, cipher.idNumberHash(id), phone,
                cipher.phoneHash(phone), origin, expected, back, transport, contact,
                temperature == null ? null : new BigDecimal(temperature), null, back != null);
        LocalDate day = back != null ? back : expected;
        ArrivalRisk.Assessment assessment = risk.assess(origin, day, day);
        Instant now = clock.instant();
        return workers.save(new ReturningWorker(e.getId(), e.getRegionPath(), d, assessment.keyArea(),
                ReturningWorker.quarantineUntil(d, assessment), "demo", now));
    }

    private static String name(Random random) {
        return DemoEnterprises.SURNAMES[random.nextInt(DemoEnterprises.SURNAMES.length)]
                + DemoEnterprises.GIVEN[random.nextInt(DemoEnterprises.GIVEN.length)];
    }

    /** A valid made-up number of a person born 1965–2000, distinct within the demo. */
    private static ResidentIdNumber idNumber(Random random, Set<String> used) {
        while (true) {
            LocalDate birth = LocalDate.of(1965 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String first17 = "230506" + birth.toString().replace("-", "") + String.format("%03d", 500 + random.nextInt(400));
            if (used.add(first17)) {
                return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
            }
        }
    }
}

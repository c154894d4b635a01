package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shuangsheng.screening.internal.KeyArea;
import org.shuangsheng.screening.internal.KeyAreaRepository;
import org.shuangsheng.screening.internal.RiskRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the risk rules say of a person arriving from somewhere, for modules that keep their own
 * arrivals (an enterprise's returning workers): the key area matched, as a screening finding
 * would match it, and the rule set's figures that decide a quarantine. Not personal: nothing is
 * stored or audited here.
 */
@Service
@Transactional(readOnly = true)
public class ArrivalRisk {

    /**
     * @param keyArea the most serious key area matched, or {@code null}
     * @param quarantineDays the days of quarantine the rule set orders
     * @param lookbackDays how long after an arrival it still counts
     * @param feverThreshold a temperature at or above it is a fever
     */
    public record Assessment(KeyAreaLevel keyArea, int quarantineDays, int lookbackDays, BigDecimal feverThreshold) {
    }

    private final KeyAreaRepository areas;
    private final RiskRuleSet rules;

    ArrivalRisk(KeyAreaRepository areas, RiskRuleSet rules) {
        this.areas = areas;
        this.rules = rules;
    }

    /**
     * The key area named in {@code origin} for an arrival on {@code arrivedOn} (the day asked about
     * when null), judged on {@code day}, with the rule set in force now.
     */
    public Assessment assess(String origin, LocalDate arrivedOn, LocalDate day) {
        RiskSettings settings = rules.current();
        List<KeyAreaView> active = areas.findByRetiredFalse().stream().map(KeyArea::view).toList();
        KeyAreaLevel level = RiskRules.matchedArea(origin, arrivedOn, day, active, settings.lookbackDays());
        return new Assessment(level, settings.quarantineDays(), settings.lookbackDays(), settings.feverThreshold());
    }

    /** The rule set's figures alone, for counts that need no origin. */
    public Assessment rules() {
        RiskSettings settings = rules.current();
        return new Assessment(null, settings.quarantineDays(), settings.lookbackDays(), settings.feverThreshold());
    }
}

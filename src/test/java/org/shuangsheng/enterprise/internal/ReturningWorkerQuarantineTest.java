package org.shuangsheng.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuangsheng.screening.ArrivalRisk;
import org.shuangsheng.screening.KeyAreaLevel;

/** The quarantine rule of returning workers, with no Spring: a key area, a contact, a fever or symptoms. */
class ReturningWorkerQuarantineTest {

    static final LocalDate BACK = LocalDate.of(2020, 3, 2);
    static final BigDecimal THRESHOLD = new BigDecimal("37.3");

    static ReturningWorker.Details worker(LocalDate back, boolean contact, String temperature, String symptoms) {
        return new ReturningWorker.Details("王五", null, null, null, null, "佳木斯", BACK, back, null, contact,
                temperature == null ? null : new BigDecimal(temperature), symptoms, false);
    }

    static ArrivalRisk.Assessment rules(KeyAreaLevel area, int days) {
        return new ArrivalRisk.Assessment(area, days, 14, THRESHOLD);
    }

    @Test
    void eachReasonQuarantinesForTheRuleSetsDaysFromTheReturnDay() {
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, false, "36.5", null), rules(KeyAreaLevel.HIGH, 14)))
                .isEqualTo(LocalDate.of(2020, 3, 16));
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, false, "36.5", null), rules(KeyAreaLevel.MEDIUM, 7)))
                .isEqualTo(LocalDate.of(2020, 3, 9));
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, true, null, null), rules(null, 14)))
                .isEqualTo(LocalDate.of(2020, 3, 16));
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, false, "37.3", null), rules(null, 14)))
                .isEqualTo(LocalDate.of(2020, 3, 16));
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, false, null, "咳嗽"), rules(null, 10)))
                .isEqualTo(LocalDate.of(2020, 3, 12));
    }

    @Test
    void aWellWorkerFromAnOrdinaryPlaceOrOneNotBackHasNoQuarantine() {
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, false, "37.2", null), rules(null, 14))).isNull();
        assertThat(ReturningWorker.quarantineUntil(worker(BACK, false, null, null), rules(null, 14))).isNull();
        assertThat(ReturningWorker.quarantineUntil(worker(null, true, null, null), rules(KeyAreaLevel.HIGH, 14)))
                .isNull();
    }
}

package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded visit with its findings, as the household's page and the API show it. */
public record VisitView(long id, long householdId, Instant visitedAt, VisitMode mode, String notes,
        List<FindingView> findings) {

    public VisitView {
        findings = List.copyOf(findings);
    }

    public record FindingView(long id, long residentId, boolean present, String absenceReason,
            BigDecimal temperature, String symptoms, String travelledFrom, LocalDate arrivedOn, String transport,
            boolean contactWithCase, String measures) {

        public boolean fever() {
            return temperature != null && temperature.compareTo(ScreeningQueries.FEVER) >= 0;
        }
    }
}

package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit to one household was recorded in a screening round. Published inside the recording
 * transaction, so a synchronous listener (risk levels, quarantine proposals) commits or rolls
 * back with the visit itself.
 *
 * @param regionPath the household's grid path at the time of the visit
 * @param findings   one per resident the visit covered
 */
public record VisitRecorded(long roundId, long visitId, long householdId, String gridCode, String regionPath,
        Instant visitedAt, VisitMode mode, long visitorId, List<Finding> findings) {

    public VisitRecorded {
        findings = List.copyOf(findings);
    }

    /**
     * What the visit found for one resident. Health and travel fields are {@code null} when not
     * asked or not known; {@code travelledFrom} names where the resident went or came from in the
     * last 14 days, as the resident said it; {@code temperatureRefused} when the resident, seen at
     * the door, would not have the temperature taken (拒绝测温).
     */
    public record Finding(long findingId, long residentId, boolean present, BigDecimal temperature,
            String symptoms, String travelledFrom, LocalDate arrivedOn, boolean contactWithCase,
            boolean temperatureRefused) {

        /** A finding with no refusal to have the temperature taken. */
        public Finding(long findingId, long residentId, boolean present, BigDecimal temperature, String symptoms,
                String travelledFrom, LocalDate arrivedOn, boolean contactWithCase) {
            this(findingId, residentId, present, temperature, symptoms, travelledFrom, arrivedOn, contactWithCase,
                    false);
        }

        /** A temperature at or above the threshold counts as a fever (发热). */
        public boolean feverAt(BigDecimal threshold) {
            return temperature != null && temperature.compareTo(threshold) >= 0;
        }
    }
}

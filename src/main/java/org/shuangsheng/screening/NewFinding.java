package org.shuangsheng.screening;

/**
 * What the visitor found for one resident, as typed: {@code temperature} in ℃ with at most one
 * decimal (34.0–43.0), {@code arrivedOn} an ISO date. Empty text means not asked or not known.
 */
public record NewFinding(Long residentId, Boolean present, String absenceReason, String temperature,
        String symptoms, String travelledFrom, String arrivedOn, String transport, Boolean contactWithCase,
        String measures) {
}

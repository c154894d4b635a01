package org.shuangsheng.screening;

import jakarta.validation.constraints.NotNull;
import org.shuangsheng.screening.internal.BodyTemperature;
import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.PlainText;

/**
 * What the visitor found for one resident, as typed: {@code temperature} in ℃ with at most one
 * decimal (34.0–43.0), {@code arrivedOn} an ISO date. Empty text means not asked or not known.
 * {@code temperatureRefused} with a {@code refusalReason} records a resident who would not have
 * the temperature taken (拒绝测温). Whether the resident belongs to the household, no temperature
 * for someone absent, a temperature or a refusal for someone seen at the door, and no arrival in
 * the future are checked by {@link ScreeningManagement#recordVisit}.
 */
public record NewFinding(
        @NotNull(message = "screening.finding.resident.required") Long residentId,
        @NotNull(message = "screening.finding.present.required") Boolean present,
        @PlainText(max = 200, allowed = "\n", message = "screening.field.tooLong") String absenceReason,
        @BodyTemperature String temperature,
        @PlainText(max = 200, allowed = "\n", message = "screening.field.tooLong") String symptoms,
        @PlainText(max = 100, allowed = "\n", message = "screening.field.tooLong") String travelledFrom,
        @IsoDate(minYear = 2000, maxYear = 2100, message = "screening.date.format") String arrivedOn,
        @PlainText(max = 60, allowed = "\n", message = "screening.field.tooLong") String transport,
        Boolean contactWithCase,
        @PlainText(max = 200, allowed = "\n", message = "screening.field.tooLong") String measures,
        Boolean temperatureRefused,
        @PlainText(max = 200, allowed = "\n", message = "screening.field.tooLong") String refusalReason) {

    /** A finding sent as {@code null}: every required value is missing. */
    static final NewFinding EMPTY = new NewFinding(null, null, null, null, null, null, null, null, null, null);

    /** A finding with no refusal to have the temperature taken. */
    public NewFinding(Long residentId, Boolean present, String absenceReason, String temperature, String symptoms,
            String travelledFrom, String arrivedOn, String transport, Boolean contactWithCase, String measures) {
        this(residentId, present, absenceReason, temperature, symptoms, travelledFrom, arrivedOn, transport,
                contactWithCase, measures, null, null);
    }
}

package org.shuangsheng.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.shuangsheng.shared.validation.IsoDateTime;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.OneOf;
import org.shuangsheng.shared.validation.PlainText;

/**
 * A visit as the phone form or the API sends it. {@code visitedAt} is ISO, with an offset or
 * in the district's zone ({@code 2020-03-18T09:30}); empty means now. {@code requestKey}, when
 * given, makes a re-sent visit record nothing twice.
 *
 * <p>{@code householdId} is required and checked before the rest, which is all read against the
 * household; the rules that need the round or the household's members are in
 * {@link ScreeningManagement#recordVisit}.
 */
public record NewVisit(Long householdId,
        @IsoDateTime(message = "screening.visit.visitedAt.format") String visitedAt,
        @NotBlankText(message = "screening.visit.mode.required")
        @OneOf(value = VisitMode.class, ignoreCase = true, message = "screening.visit.mode.unknown") String mode,
        // A textarea: its line breaks come as CR LF, and it never refused control characters.
        @PlainText(max = 500, refuseHiddenControls = false, message = "screening.field.tooLong") String notes,
        @NotEmpty(message = "screening.visit.findings.required") @Valid List<NewFinding> findings,
        @PlainText(max = 100, refuseHiddenControls = false, message = "screening.visit.requestKey") String requestKey) {

    /** The same visit with other findings: those checked when a visit brings too many. */
    NewVisit withFindings(List<NewFinding> findings) {
        return new NewVisit(householdId, visitedAt, mode, notes, findings, requestKey);
    }
}

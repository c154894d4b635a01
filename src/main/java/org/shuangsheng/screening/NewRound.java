package org.shuangsheng.screening;

import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;

/**
 * A round as typed on the form or sent to the API; dates are ISO ({@code 2020-03-18}). That the
 * end is not before the start, and that the region exists in the caller's scope, is checked by
 * {@link ScreeningManagement#openRound}.
 */
public record NewRound(
        @NotBlankText(message = "screening.round.name.required")
        @PlainText(max = 100, message = "screening.round.name.format") String name,
        @NotBlankText(message = "screening.date.required")
        @IsoDate(minYear = 2000, maxYear = 2100, message = "screening.date.format") String startDate,
        @NotBlankText(message = "screening.date.required")
        @IsoDate(minYear = 2000, maxYear = 2100, message = "screening.date.format") String endDate,
        @NotBlankText(message = "screening.round.region.required") String regionCode) {
}

package org.shuangsheng.screening;

import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.OneOf;
import org.shuangsheng.shared.validation.PlainText;

/**
 * A key area as typed on the form or sent to the API. A comma is refused in the name because
 * findings name several places separated by commas. That the end is not before the start is
 * checked by {@link KeyAreas}.
 */
public record NewKeyArea(
        @NotBlankText(message = "quarantine.keyArea.name.required")
        @PlainText(max = KeyAreas.MAX_NAME, forbidden = ",", message = "quarantine.keyArea.name.format") String name,
        @NotBlankText(message = "quarantine.keyArea.level.required")
        @OneOf(value = KeyAreaLevel.class, message = "quarantine.keyArea.level.required") String level,
        @NotBlankText(message = "quarantine.date.required")
        @IsoDate(minYear = 2000, maxYear = 2100, message = "quarantine.date.format") String validFrom,
        @IsoDate(minYear = 2000, maxYear = 2100, message = "quarantine.date.format") String validTo) {
}

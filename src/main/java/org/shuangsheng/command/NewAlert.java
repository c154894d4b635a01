package org.shuangsheng.command;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.shuangsheng.command.internal.PatternText;
import org.shuangsheng.command.internal.TitleArguments;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;
import org.shuangsheng.shared.validation.RegionPathText;

/**
 * An alert a module raises through {@link Alerts#raise}.
 *
 * @param kind      stable identifier prefixed by the module, e.g. {@code screening.fever}
 *                  (lower camel case segments joined by dots, up to 64 characters)
 * @param severity  how urgent it is
 * @param regionCode the code of the region it is about (a grid, a community...), e.g. {@code 23050600100101}
 * @param regionPath that region's materialized path, e.g. {@code 230506/001/001/01}: who sees the
 *                  alert is decided by it (the commander, the department and the officer whose
 *                  scope covers it)
 * @param titleKey  message key of the title in the raising module's bundle, e.g.
 *                  {@code screening.alert.fever} = {@code 发现发热人员 {0}（{1}℃）}
 * @param titleArgs up to 5 arguments of the title, each up to 100 characters; never an ID number
 *                  or a full phone number (anything shaped like one is masked anyway), a name
 *                  only masked ({@code Masking.name}); may be null
 * @param link      the raising module's page about it, a path in the platform starting with
 *                  {@code /} (e.g. {@code /screening/visits/42}); may be null
 * @param dedupKey  optional: while an alert with the same kind and key is not resolved, raising
 *                  it again counts one more occurrence of it instead of opening another, e.g.
 *                  {@code resident-1234} for a fever or {@code 2020-03-17/enterprise-9} for a missing report
 */
public record NewAlert(
        @NotBlankText(message = "alert.invalid.kind")
        @PatternText(regexp = Alerts.KIND, max = Alerts.MAX_KIND, message = "alert.invalid.kind") String kind,
        @NotNull(message = "alert.invalid.severity") AlertSeverity severity,
        @NotBlankText(message = "alert.invalid.regionCode")
        @PatternText(regexp = Alerts.CODE, max = Alerts.MAX_CODE, message = "alert.invalid.regionCode")
        String regionCode,
        @NotBlankText(message = "alert.invalid.regionPath")
        @RegionPathText(message = "alert.invalid.regionPath") String regionPath,
        @NotBlankText(message = "alert.invalid.titleKey")
        @PatternText(regexp = Alerts.KEY, max = Alerts.MAX_TITLE_KEY, message = "alert.invalid.titleKey")
        String titleKey,
        @TitleArguments(count = Alerts.MAX_ARGS, length = Alerts.MAX_ARG) List<String> titleArgs,
        @PatternText(regexp = Alerts.LINK, max = Alerts.MAX_LINK, message = "alert.invalid.link") String link,
        @PlainText(max = Alerts.MAX_DEDUP_KEY, refuseHiddenControls = false, message = "alert.invalid.dedupKey")
        String dedupKey) {

    public NewAlert {
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
    }
}

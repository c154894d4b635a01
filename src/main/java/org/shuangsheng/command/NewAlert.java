package org.shuangsheng.command;

import java.util.List;

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
public record NewAlert(String kind, AlertSeverity severity, String regionCode, String regionPath, String titleKey,
        List<String> titleArgs, String link, String dedupKey) {

    public NewAlert {
        titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
    }
}

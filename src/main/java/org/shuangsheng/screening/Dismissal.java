package org.shuangsheng.screening;

import org.shuangsheng.shared.validation.PlainText;

/** A proposal that needs no quarantine, with the reason why (required, see {@link QuarantineManagement#dismiss}). */
public record Dismissal(
        @PlainText(max = QuarantineManagement.MAX_TEXT, message = "quarantine.text.format") String reason) {
}

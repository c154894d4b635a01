package org.shuangsheng.screening;

import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.OneOf;
import org.shuangsheng.shared.validation.PlainText;

/** A proposal confirmed as {@code HOME} or {@code CENTRAL} quarantine; central quarantine names its place. */
public record Confirmation(
        @NotBlankText(message = "quarantine.type.required")
        @OneOf(value = QuarantineType.class, message = "quarantine.type.required") String type,
        @PlainText(max = QuarantineManagement.MAX_TEXT, message = "quarantine.text.format") String place) {
}

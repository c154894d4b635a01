package org.shuangsheng.enterprise.greenchannel;

import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.OneOf;
import org.shuangsheng.shared.validation.PlainText;

/**
 * A green-channel request as the enterprise submits it; category and urgency by enum name, the
 * urgency NORMAL when left out. Only the description's length was ever limited.
 */
public record NewServiceRequest(
        @NotBlankText(message = "enterprise.request.category.required")
        @OneOf(value = ServiceCategory.class, message = "enterprise.request.category.required") String category,
        @NotBlankText(message = "enterprise.request.text.required")
        @PlainText(max = GreenChannel.MAX_TEXT, refuseHiddenControls = false, message = "enterprise.text.tooLong")
        String description,
        @OneOf(value = ServiceUrgency.class, message = "enterprise.request.urgency.invalid") String urgency) {
}

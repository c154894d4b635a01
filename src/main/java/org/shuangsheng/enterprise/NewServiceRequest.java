package org.shuangsheng.enterprise;

/** A green-channel request as the enterprise submits it; category and urgency by enum name. */
public record NewServiceRequest(String category, String description, String urgency) {
}

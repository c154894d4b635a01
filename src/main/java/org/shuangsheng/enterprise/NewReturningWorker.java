package org.shuangsheng.enterprise;

/**
 * A returning worker as typed on the form or sent to the API; dates (yyyy-MM-dd) and the
 * temperature as text, so that a bad value is reported under its field.
 */
public record NewReturningWorker(String name, String idNumber, String phone, String origin,
        String expectedReturnDate, String returnDate, String transport, Boolean contactWithCase, String temperature,
        String symptoms, Boolean reportedToCommunity) {
}

package org.shuangsheng.screening;

/** A round as typed on the form or sent to the API; dates are ISO ({@code 2020-03-18}). */
public record NewRound(String name, String startDate, String endDate, String regionCode) {
}

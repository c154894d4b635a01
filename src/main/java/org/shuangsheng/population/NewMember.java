package org.shuangsheng.population;

/** A person to add to a household, as typed: every value is checked by the module. */
public record NewMember(String name, String idNumber, String phone, String relation, String residentType) {
}

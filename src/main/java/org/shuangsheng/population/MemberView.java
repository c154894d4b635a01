package org.shuangsheng.population;

/** A resident as pages and the API show it: ID number and phone masked, always. */
public record MemberView(long id, String name, String idNumber, String sex, int age, String phone,
        Relation relation, ResidentType residentType) {
}

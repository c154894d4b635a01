package org.shuangsheng.population;

/** A household in a list: the head's name masked (王*), as lists show names. */
public record HouseholdRow(long id, String gridCode, String address, String head, long members) {
}

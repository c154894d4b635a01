package org.shuangsheng.population;

/**
 * Who a resident is and where the resident lives, for another module's list of people (a
 * quarantine list, for instance). The name is in full: a list masks it, a detail page may not.
 */
public record ResidentSummary(long id, long householdId, String name, String gridCode, String address) {
}

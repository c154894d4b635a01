package org.shuangsheng.screening;

import org.shuangsheng.population.HouseholdRow;

/** A household a cadre answers for, and whether the round has visited it yet. */
public record HouseholdToVisit(HouseholdRow household, boolean visited) {
}

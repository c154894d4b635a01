package org.shuangsheng.population.web;

import org.shuangsheng.population.PopulationPolicy;

/**
 * What the caller may do on the household pages, answered by {@link PopulationPolicy} (the rules
 * the routes enforce). Pages read it as {@code can}.
 */
record HouseholdActions(boolean write, boolean pair) {

    static HouseholdActions ofCurrentUser() {
        return new HouseholdActions(PopulationPolicy.WRITERS.allowsCurrentUser(),
                PopulationPolicy.PAIRERS.allowsCurrentUser());
    }
}

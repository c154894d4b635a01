package org.shuangsheng.screening;

import org.shuangsheng.population.HouseholdRow;

/**
 * A household visited in a round where somebody living there now has not been seen: away at the
 * visit, or moved in since. "不落一人" needs a second call.
 *
 * @param unseen how many of its residents the round has not seen
 */
public record HouseholdToRevisit(HouseholdRow household, int unseen) {
}

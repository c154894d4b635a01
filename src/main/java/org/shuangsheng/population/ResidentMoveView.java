package org.shuangsheng.population;

import java.time.LocalDateTime;

/**
 * A resident's move as a household page shows it: into or out of this household, from or to
 * {@code otherHouseholdId}, whose address is null when that household is outside the caller's
 * scope. The name is masked: the person may no longer live here.
 */
public record ResidentMoveView(long residentId, String name, boolean movedIn, long otherHouseholdId,
        String otherAddress, Relation fromRelation, Relation toRelation, String reason, String movedBy,
        LocalDateTime movedAt) {
}

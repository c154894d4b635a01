package org.shuangsheng.population;

/**
 * Where a resident goes: the household, the relation to its head (a code name or a roster's word,
 * 其他 when empty), who becomes the head of the household left behind when the head moves out,
 * and why.
 */
public record ResidentTransfer(Long householdId, String relation, Long newHeadId, String reason) {
}

package org.shuangsheng.identity;

/**
 * Someone unmasked a person's ID number or phone, saying why. The audit log records it; the
 * event never carries the revealed value.
 */
public record PersonalDataRevealed(String username, String objectType, String objectId, String field,
        String reason) {
}

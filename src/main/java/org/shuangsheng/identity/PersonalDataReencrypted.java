package org.shuangsheng.identity;

/**
 * A run of the re-encryption of personal data ended: to what it moved rows (suite and key
 * version, e.g. {@code SM4_GCM key version 1}), whether it reached the end of every table, and
 * counts. The audit log records it; the event carries no value and no key.
 *
 * @param unreadable rows that could not be decrypted and were left as they were
 * @param tables the tables the run went through, of {@code tablesDeclared}
 */
public record PersonalDataReencrypted(String target, boolean finished, long moved, long unreadable, int tables,
        int tablesDeclared) {
}

package org.shuangsheng.screening;

/** Where a quarantine order stands: proposed by a finding, then confirmed or dismissed, then released. */
public enum QuarantineStatus {
    PROPOSED,
    CONFIRMED,
    DISMISSED,
    RELEASED
}

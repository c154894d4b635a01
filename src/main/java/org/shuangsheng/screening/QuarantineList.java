package org.shuangsheng.screening;

/** The working lists of quarantine orders an official or a grid worker goes through each day. */
public enum QuarantineList {
    /** Proposed by a finding, waiting for an official to confirm or dismiss. */
    PROPOSED,
    /** Confirmed and not yet released. */
    ACTIVE,
    /** Confirmed, planned to end today. */
    ENDING_TODAY,
    /** Confirmed, planned end passed, not released. */
    OVERDUE,
    /** Confirmed, no check-in for the last day due (yesterday, or today after the deadline hour). */
    MISSED_CHECK_IN,
    /** Released or dismissed. */
    CLOSED
}

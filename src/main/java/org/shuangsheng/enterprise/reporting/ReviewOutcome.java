package org.shuangsheng.enterprise.reporting;

/** A five-day review found everything in place (PASS) or set a date to put things right (RECTIFY). */
public enum ReviewOutcome {
    PASS, RECTIFY
}

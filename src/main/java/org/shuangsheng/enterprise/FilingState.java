package org.shuangsheng.enterprise;

/**
 * A filing awaits the task force's check after it is filed or amended (SUBMITTED), was returned
 * with reasons for the enterprise to amend (RETURNED), or was checked and found in order (CHECKED).
 */
public enum FilingState {
    SUBMITTED, RETURNED, CHECKED
}

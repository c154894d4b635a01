package org.shuangsheng.enterprise.workers;

/**
 * What an enterprise's returning workers say for today's daily report: back today, back from a
 * key area and still within quarantine or the look-back days, and in quarantine not yet released.
 */
public record ReturningWorkerCounts(long returnedToday, long fromKeyAreas, long inQuarantine) {
}

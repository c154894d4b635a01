package org.shuangsheng.enterprise;

/** The task force returned an enterprise's filing with reasons, for the enterprise to amend. */
public record FilingReturned(long enterpriseId, String regionPath, String reason) {
}

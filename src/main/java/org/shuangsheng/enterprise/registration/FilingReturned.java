package org.shuangsheng.enterprise.registration;

import java.time.Instant;

/**
 * The task force returned an enterprise's filing with reasons, for the enterprise to amend; a
 * filing may be returned again after an amendment, each return at its own instant.
 */
public record FilingReturned(long enterpriseId, String regionPath, String reason, Instant returnedAt) {
}

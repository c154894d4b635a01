package org.shuangsheng.enterprise.registration;

/** An enterprise amended its returned filing; it is back on the post-check list. */
public record FilingAmended(long enterpriseId, String regionPath, int amendments) {
}

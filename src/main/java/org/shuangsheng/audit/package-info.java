/**
 * 审计: the append-only log of security-relevant events (logins, denied access, changes,
 * exports, reads of personal data), each row chained to the one before by a SHA-256 hash so
 * that an edited or removed row is found by {@link org.shuangsheng.audit.AuditChainVerifier}.
 * Other modules write through {@link org.shuangsheng.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.shuangsheng.audit;

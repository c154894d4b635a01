package org.shuangsheng.identity;

/**
 * An administrator created or changed an account; {@code change} says what (CREATED,
 * ROLE_CHANGED, SCOPE_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED,
 * GRANT_REQUESTED, GRANT_APPROVED, GRANT_REJECTED), so the audit log can record it. Never
 * carries a password.
 */
public record AccountChanged(String username, String change, String detail) {
}

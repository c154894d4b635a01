package org.shuangsheng.audit;

/** What happened. Stored by name: a constant is never renamed or removed once written. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOCKOUT,
    LOGOUT,
    ACCESS_DENIED,
    ROLE_CHANGE,
    USER_CHANGE,
    PASSWORD_CHANGE,
    EXPORT,
    IMPORT,
    REVEAL,
    CREATE,
    UPDATE,
    DELETE,
    READ_PERSON,
    PURGE
}

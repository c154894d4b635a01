package org.shuangsheng.audit.web;

import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.internal.DateOrDateTime;
import org.shuangsheng.shared.validation.OneOf;

/**
 * The filter values of the audit log's API that must parse, as the query names them: the action
 * in any case, and the period from (inclusive) and to (exclusive; a date means its whole day).
 */
record AuditPeriod(
        @OneOf(value = AuditAction.class, ignoreCase = true, message = "audit.action.unknown") String action,
        @DateOrDateTime String from,
        @DateOrDateTime String to) {
}

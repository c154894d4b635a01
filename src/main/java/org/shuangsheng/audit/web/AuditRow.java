package org.shuangsheng.audit.web;

import java.time.LocalDateTime;
import org.shuangsheng.audit.AuditEventView;

/** An event in the list, with its time in the district's zone. */
public record AuditRow(AuditEventView event, LocalDateTime localTime) {
}

package org.shuangsheng.command;

/** How urgent an alert is. A {@link #CRITICAL} alert also goes to the group-chat robot. */
public enum AlertSeverity {
    INFO, WARNING, CRITICAL
}

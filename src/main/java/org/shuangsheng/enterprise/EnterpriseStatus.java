package org.shuangsheng.enterprise;

/** Where an enterprise stands: not yet filed, resumed on filing, suspended, or closed. */
public enum EnterpriseStatus {
    NOT_FILED, RESUMED, SUSPENDED, CLOSED
}

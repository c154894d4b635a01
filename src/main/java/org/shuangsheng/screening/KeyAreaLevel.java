package org.shuangsheng.screening;

/** How risky a key area (重点地区) is: travellers from a high one are RED, from a medium one YELLOW. */
public enum KeyAreaLevel {
    HIGH,
    MEDIUM
}

package org.shuangsheng.screening;

/** Whether the household was checked at its door or by telephone (电话排查). */
public enum VisitMode {
    IN_PERSON,
    PHONE
}

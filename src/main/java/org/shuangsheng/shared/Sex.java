package org.shuangsheng.shared;

/** Sex as recorded in a resident ID number: the sequence code is odd for men, even for women. */
public enum Sex {
    MALE,
    FEMALE
}

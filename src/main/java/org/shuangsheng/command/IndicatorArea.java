package org.shuangsheng.command;

/** The groups of the dashboard, in the order it shows them. */
public enum IndicatorArea {
    PREVENTION, ENTERPRISES, LIVELIHOODS, STRUCTURE
}

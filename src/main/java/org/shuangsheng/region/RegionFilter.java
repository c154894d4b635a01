package org.shuangsheng.region;

/**
 * What a list of units is narrowed by; every part is optional. {@code parentCode} keeps the
 * direct children of a unit, {@code withinCode} the whole subtree below a unit, {@code text}
 * a part of the name or the start of the code.
 */
public record RegionFilter(String parentCode, String withinCode, RegionLevel level, String text,
        boolean includeRetired) {

    public static RegionFilter childrenOf(String parentCode) {
        return new RegionFilter(parentCode, null, null, null, false);
    }
}

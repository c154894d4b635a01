package org.shuangsheng.region;

/** A unit to add under an existing parent (no parent for a district). */
public record NewRegion(String code, String name, RegionKind kind, String parentCode) {
}

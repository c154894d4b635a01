package org.shuangsheng.region;

/** One unit of the tree as pages and the API show it. */
public record RegionView(
        String code,
        String name,
        RegionLevel level,
        RegionKind kind,
        String parentCode,
        String path,
        boolean retired,
        boolean demo) {
}

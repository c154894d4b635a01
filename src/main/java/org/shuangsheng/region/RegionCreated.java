package org.shuangsheng.region;

public record RegionCreated(String code, RegionLevel level, String path) {
}

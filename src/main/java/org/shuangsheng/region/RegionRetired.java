package org.shuangsheng.region;

public record RegionRetired(String code, String path) {
}

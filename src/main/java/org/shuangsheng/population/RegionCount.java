package org.shuangsheng.population;

/**
 * How many households and residents lie in one region: a grid's path, or the code segment of a
 * direct child region ({@code ""} for rows at the region itself).
 */
public record RegionCount(String region, long households, long residents) {
}

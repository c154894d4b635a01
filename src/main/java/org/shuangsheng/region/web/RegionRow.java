package org.shuangsheng.region.web;

import org.shuangsheng.region.RegionView;

/** A unit in a list, with how many active units lie directly below it. */
public record RegionRow(RegionView unit, long children) {
}

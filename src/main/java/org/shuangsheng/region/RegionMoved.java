package org.shuangsheng.region;

/**
 * A unit and its whole subtree moved: every record scoped by a path under {@code oldPath} now
 * belongs under {@code newPath}.
 */
public record RegionMoved(String code, String oldPath, String newPath) {
}

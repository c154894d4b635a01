package org.shuangsheng.shared;

/**
 * A unit and its whole subtree moved: every record scoped by a path under {@code oldPath} now
 * belongs under {@code newPath}. The region module publishes it inside the move's transaction;
 * it lives here so that modules the region module itself depends on (the command centre's
 * alerts and briefings, the notification outbox) can rebase their paths too.
 */
public record RegionMoved(String code, String oldPath, String newPath) {
}

package org.shuangsheng.notification.internal;

import org.shuangsheng.shared.PathRebase;
import org.shuangsheng.shared.RegionMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Broadcasts addressed to a region follow the region when it moves, so the inbox of the officer
 * who now holds it shows them.
 */
@Component
class NotificationPathRebase {

    private final JdbcTemplate jdbc;

    NotificationPathRebase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(RegionMoved moved) {
        new PathRebase(jdbc, moved.oldPath(), moved.newPath()).table("notification_message");
    }
}

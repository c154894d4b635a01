package org.shuangsheng.command.internal;

import org.shuangsheng.shared.PathRebase;
import org.shuangsheng.shared.RegionMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts and archived briefings go with their region when a unit moves, in the move's
 * transaction: an officer who now holds a moved community sees its open alerts and its
 * briefings, and the one who gave it up no longer does.
 */
@Component
class CommandPathRebase {

    private final JdbcTemplate jdbc;

    CommandPathRebase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(RegionMoved moved) {
        PathRebase rebase = new PathRebase(jdbc, moved.oldPath(), moved.newPath());
        rebase.table("command_alert");
        rebase.table("command_briefing");
    }
}

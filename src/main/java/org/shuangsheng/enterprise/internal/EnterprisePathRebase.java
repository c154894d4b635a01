package org.shuangsheng.enterprise.internal;

import jakarta.persistence.EntityManager;
import org.shuangsheng.shared.PathRebase;
import org.shuangsheng.shared.RegionMoved;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's records are scoped by its subdistrict's path: when the subdistrict moves (to
 * another district, when boundaries are redrawn) its enterprises, filings, daily reports,
 * reviews, requests and returning workers go with it in the move's transaction.
 */
@Component
class EnterprisePathRebase {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    EnterprisePathRebase(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    @Transactional
    public void on(RegionMoved moved) {
        entityManager.flush();
        PathRebase rebase = new PathRebase(jdbc, moved.oldPath(), moved.newPath());
        rebase.versioned("enterprise");
        rebase.versioned("enterprise_filing");
        rebase.versioned("enterprise_daily_report");
        rebase.table("enterprise_review");
        rebase.versioned("enterprise_service_request");
        rebase.versioned("enterprise_returning_worker");
    }
}

package org.shuangsheng.enterprise.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.screening.RetainedHealthRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Returning workers' health and travel data in the retention purge: of a worker back (or due
 * back) before the cut-off and not in an open quarantine, the origin, transport, key area, case
 * contact, health check and release note go; the worker, the dates and the quarantine's dates stay,
 * so the daily report's past counts of returns and quarantines still add up.
 */
@Component
class ReturningWorkerRetention implements RetainedHealthRecords {

    private static final String OLD = " WHERE COALESCE(return_date, expected_return_date) < ?"
            + " AND (quarantine_until IS NULL OR released_on < ?)"
            + " AND (temperature IS NOT NULL OR symptoms IS NOT NULL OR transport IS NOT NULL"
            + " OR contact_with_case = TRUE OR release_note IS NOT NULL OR origin <> '' OR key_area IS NOT NULL)";

    private final JdbcTemplate jdbc;

    ReturningWorkerRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "enterprise.returning.retention";
    }

    @Override
    public long count(LocalDate cutoff, DataScope.Regions scope) {
        DataScope.SqlCondition condition = scope.condition("region_path");
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise_returning_worker" + OLD + " AND "
                + condition.sql(), Long.class, params(cutoff, condition));
        return count == null ? 0 : count;
    }

    @Override
    public long purge(LocalDate cutoff, DataScope.Regions scope) {
        DataScope.SqlCondition condition = scope.condition("region_path");
        return jdbc.update("UPDATE enterprise_returning_worker SET origin = '', transport = NULL, key_area = NULL,"
                + " contact_with_case = FALSE, temperature = NULL, symptoms = NULL, release_note = NULL" + OLD
                + " AND " + condition.sql(), params(cutoff, condition));
    }

    private static Object[] params(LocalDate cutoff, DataScope.SqlCondition condition) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(cutoff), Date.valueOf(cutoff)));
        params.addAll(condition.params());
        return params.toArray();
    }
}

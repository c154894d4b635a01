package org.shuangsheng.enterprise.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.enterprise.DailyReportDeadline;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.TodoItem;
import org.shuangsheng.identity.TodoSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The enterprise module's lines of the to-do home. An enterprise's liaison: its resumption
 * filing still to submit, or returned to amend, and today's daily report not yet filed. The
 * commander and subdistrict officers: the resumed enterprises of their regions without today's
 * report (as the completeness page counts them) and the green-channel requests past their
 * deadline. One aggregate query for each role.
 */
@Component
class EnterpriseTodo implements TodoSource {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final DailyReportDeadline deadline;
    private final Clock clock;

    EnterpriseTodo(JdbcTemplate jdbc, DataScopes scopes, DailyReportDeadline deadline, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.deadline = deadline;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todo(Scope scope) {
        DataScope data = scopes.of(scope);
        LocalDate today = deadline.today(clock);
        if (scope.role() == Role.ENTERPRISE && data instanceof DataScope.Enterprise own) {
            return ofEnterprise(own.enterpriseId(), today);
        }
        if ((scope.role() == Role.COMMANDER || scope.role() == Role.SUBDISTRICT_OFFICER)
                && data instanceof DataScope.Regions regions) {
            return ofTaskForce(regions, today);
        }
        return List.of();
    }

    private List<TodoItem> ofEnterprise(long enterpriseId, LocalDate today) {
        long[] figures = jdbc.query("""
                SELECT CASE WHEN f.id IS NULL AND e.status = 'NOT_FILED' THEN 1 ELSE 0 END,
                       CASE WHEN f.state = 'RETURNED' THEN 1 ELSE 0 END,
                       CASE WHEN e.status = 'RESUMED' AND e.resumed_on <= ? AND NOT EXISTS (SELECT 1
                            FROM enterprise_daily_report r WHERE r.enterprise_id = e.id AND r.report_date = ?)
                            THEN 1 ELSE 0 END
                FROM enterprise e LEFT JOIN enterprise_filing f ON f.enterprise_id = e.id
                WHERE e.id = ?""", rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}
                : new long[3], Date.valueOf(today), Date.valueOf(today), enterpriseId);
        String page = "/enterprises/" + enterpriseId;
        return List.of(
                new TodoItem("enterprise-filing", "enterprise.todo.filing", figures[0], page + "/filing", "warning"),
                new TodoItem("enterprise-returned", "enterprise.todo.returned", figures[1], page + "/filing", "danger"),
                new TodoItem("enterprise-report", "enterprise.todo.report", figures[2], page + "/daily-report",
                        "warning"));
    }

    private List<TodoItem> ofTaskForce(DataScope.Regions regions, LocalDate today) {
        DataScope.SqlCondition enterprises = regions.condition("e.region_path");
        DataScope.SqlCondition requests = regions.condition("s.region_path");
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
        params.addAll(enterprises.params());
        params.add(Timestamp.from(clock.instant()));
        params.addAll(requests.params());
        long[] figures = jdbc.query("SELECT (SELECT COUNT(*) FROM enterprise e WHERE e.status = 'RESUMED'"
                + " AND e.resumed_on <= ? AND NOT EXISTS (SELECT 1 FROM enterprise_daily_report r"
                + " WHERE r.enterprise_id = e.id AND r.report_date = ?) AND " + enterprises.sql() + "),"
                + " (SELECT COUNT(*) FROM enterprise_service_request s WHERE s.status IN ('SUBMITTED', 'ACCEPTED')"
                + " AND s.deadline < ? AND " + requests.sql() + ")",
                rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[2], params.toArray());
        return List.of(
                new TodoItem("enterprise-unreported", "enterprise.todo.unreported", figures[0],
                        "/enterprises/daily-reports", "warning"),
                new TodoItem("enterprise-overdue-requests", "enterprise.todo.overdueRequests", figures[1],
                        "/enterprises/requests?overdue=true", "danger"));
    }
}

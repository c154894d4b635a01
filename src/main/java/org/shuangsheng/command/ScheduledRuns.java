package org.shuangsheng.command;

import java.time.Clock;
import org.shuangsheng.shared.DailyRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The name the daily claim had while it lived in this module; modules take
 * {@link DailyRuns} now, so that screening does not depend on command for it. Kept so that code
 * written against the old name still finds a bean; it claims days in the same table.
 *
 * @deprecated inject {@link DailyRuns}
 */
@Deprecated
@Service
public class ScheduledRuns extends DailyRuns {

    ScheduledRuns(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock);
    }
}

package org.shuangsheng.command;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One archived daily briefing (日报): the day, the region, and who generated it when
 * ({@code system} for the scheduled run). Its PDF and .xlsx are downloaded separately.
 */
public record Briefing(long id, LocalDate date, String regionCode, String regionName, Instant generatedAt,
        String generatedBy) {
}

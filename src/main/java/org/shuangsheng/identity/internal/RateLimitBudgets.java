package org.shuangsheng.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where the rate limits keep their budgets: Bucket4j buckets, one per limit and key (an address,
 * a user). On PostgreSQL they live in {@code rate_limit_bucket}, read and written under
 * {@code SELECT … FOR UPDATE} by Bucket4j's PostgreSQL proxy manager, so that every instance
 * spends from the same budget and two instances do not double it.
 *
 * <p>On the embedded H2 they live in memory. Bucket4j has no H2 integration, and its PostgreSQL
 * one inserts with {@code INSERT … ON CONFLICT (id) DO NOTHING}, which H2 2.4 refuses even in
 * PostgreSQL mode (the advisory-lock variant calls {@code pg_advisory_xact_lock}, which H2 lacks).
 * An H2 file database is opened by one instance only, so its budgets hold for the whole
 * deployment anyway.
 */
class RateLimitBudgets {

    static final String TABLE = "rate_limit_bucket";
    private static final Logger log = LoggerFactory.getLogger(RateLimitBudgets.class);
    private static final int CLEANUP_BATCH = 1_000;

    private final TimeMeter time;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> database;

    RateLimitBudgets(TimeMeter time, PostgreSQLSelectForUpdateBasedProxyManager<String> database) {
        this.time = time;
        this.database = database;
    }

    /** Budgets of this instance alone. */
    static RateLimitBudgets inMemory(Clock clock) {
        return new RateLimitBudgets(time(clock), null);
    }

    /** Budgets shared by every instance on one PostgreSQL database. */
    static RateLimitBudgets inDatabase(DataSource dataSource, Clock clock) {
        return new RateLimitBudgets(time(clock), Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(time(clock))
                // A bucket that has filled up again is the same as none: its row may go.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build());
    }

    /** In the database when it is PostgreSQL, otherwise in memory (see the class comment). */
    static RateLimitBudgets of(DataSource dataSource, Clock clock) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the rate limits", e);
        }
        if ("PostgreSQL".equals(product)) {
            return inDatabase(dataSource, clock);
        }
        log.info("Rate limits are counted in memory on {}: one instance only", product);
        return inMemory(clock);
    }

    /**
     * The bucket of each key under one limit: {@code limit} requests, all given back at once
     * when {@code window} has passed since the first (the window the platform always had).
     */
    Function<String, Bucket> limit(String name, int limit, Duration window) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, window))
                .build();
        if (database != null) {
            // The limit and window are in the key, so that changed settings start afresh.
            String prefix = name + ":" + limit + "/" + window + ":";
            return key -> database.getProxy(prefix + key, () -> configuration);
        }
        // A bucket untouched for a window is full again, so forgetting it changes nothing.
        Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(window).build();
        return key -> buckets.get(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0])
                .withCustomTimePrecision(time).build());
    }

    /** Every ten minutes on one instance: rows of buckets that have filled up again. */
    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    @SchedulerLock(name = "identity.rate-limit-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void removeExpired() {
        if (database == null) {
            return;
        }
        int removed;
        do {
            removed = database.removeExpired(CLEANUP_BATCH);
        } while (removed == CLEANUP_BATCH);
    }

    private static TimeMeter time(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}

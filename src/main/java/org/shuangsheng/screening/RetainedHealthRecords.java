package org.shuangsheng.screening;

import java.time.LocalDate;
import org.shuangsheng.identity.DataScope;

/**
 * Health and travel records another module keeps, purged together with screening's by
 * {@link HealthRecordPurge} in the same transaction and under the same cut-off: a module that
 * records temperatures, symptoms or journeys of people implements it as a bean.
 */
public interface RetainedHealthRecords {

    /** The message key naming these records on the purge page; also their name in the audit line. */
    String kind();

    /** How many records dated before {@code cutoff}, within the region paths, still hold something to clear. */
    long count(LocalDate cutoff, DataScope.Regions scope);

    /** Clears what {@link #count} counts; answers how many records it changed. */
    long purge(LocalDate cutoff, DataScope.Regions scope);
}

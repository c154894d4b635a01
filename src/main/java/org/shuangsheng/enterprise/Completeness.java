package org.shuangsheng.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported on a day, within the caller's scope: resumed enterprises expected, reports
 * in, of them late, and the enterprises still missing with their liaison's phone (masked), at
 * most {@link #MISSING_SHOWN} of them; the rate by subdistrict and by industry section.
 */
public record Completeness(LocalDate date, long expected, long reported, long late, long missingCount,
        List<Missing> missing, List<Share> bySubdistrict, List<Share> byIndustry) {

    public static final int MISSING_SHOWN = 5000;

    public record Missing(long enterpriseId, String name, String subdistrictCode, String liaisonName,
            String liaisonPhone) {
    }

    /** Expected and reported of one subdistrict or industry section, with the rate in percent. */
    public record Share(String key, long expected, long reported, BigDecimal rate) {
    }

    public BigDecimal rate() {
        return percent(reported, expected);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.valueOf(100).setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }
}

package org.shuangsheng.enterprise.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who has reported on a day, within the caller's scope: resumed enterprises expected, reports
 * in, of them late, and one page of the enterprises still missing (all {@code missingCount} of
 * them page by page) with their liaison's phone masked; the rate by subdistrict and by industry
 * section.
 */
public record Completeness(LocalDate date, long expected, long reported, long late, long missingCount,
        List<Missing> missing, int page, int size, List<Share> bySubdistrict, List<Share> byIndustry) {

    /** Missing enterprises on a page of the completeness view. */
    public static final int PAGE_SIZE = 50;

    /** The most missing enterprises one API answer lists. */
    public static final int MAX_PAGE_SIZE = 500;

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

package org.shuangsheng.enterprise.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Resumption progress (复工进度) of a day within the caller's scope: the totals, then the same
 * figures by subdistrict and by industry section. Rates are percentages to one decimal.
 *
 * @param enterprises     enterprises not closed
 * @param resumed         resumed on or before the day and resumed still
 * @param majorProjects   major projects (省百大项目) among the enterprises not closed
 * @param registeredStaff headcount of the resumed enterprises
 * @param onSiteStaff     staff on site by the day's daily reports
 * @param returnRate      staff on site against the headcount of the enterprises that reported that day
 */
public record ResumptionProgress(LocalDate date, long enterprises, long resumed, BigDecimal rate,
        long majorProjects, long majorResumed, long registeredStaff, long onSiteStaff, BigDecimal returnRate,
        List<Group> bySubdistrict, List<Group> byIndustry) {

    /** The figures of one subdistrict (its code and name) or one industry section (its letter and name). */
    public record Group(String code, String name, long enterprises, long resumed, BigDecimal rate,
            long majorProjects, long majorResumed, long registeredStaff, long onSiteStaff, BigDecimal returnRate) {
    }
}

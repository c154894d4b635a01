package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.reporting.DailyReportView;
import org.shuangsheng.enterprise.reporting.NewDailyReport;

/**
 * Today's daily report as the liaison types it: the page's form of a {@link NewDailyReport}, which
 * the API takes as it is. Spring binds the page's fields through setters and {@code th:field}
 * reads them back through getters, which a record has not; and a correction starts from the report
 * as filed.
 */
public class DailyReportForm {

    private Integer onSiteStaff;
    private Integer returnedToday;
    private Integer fromKeyAreas;
    private Integer inQuarantine;
    private Integer withFever;
    private boolean temperatureChecked;
    private boolean disinfected;
    private Integer maskDays;
    private Integer thermometerDays;
    private String problems;

    NewDailyReport toNewDailyReport() {
        return new NewDailyReport(null, onSiteStaff, returnedToday, fromKeyAreas, inQuarantine, withFever,
                temperatureChecked, disinfected, maskDays, thermometerDays, problems);
    }

    /** Today's report as filed, to correct it. */
    static DailyReportForm of(DailyReportView r) {
        DailyReportForm form = new DailyReportForm();
        form.onSiteStaff = r.onSiteStaff();
        form.returnedToday = r.returnedToday();
        form.fromKeyAreas = r.fromKeyAreas();
        form.inQuarantine = r.inQuarantine();
        form.withFever = r.withFever();
        form.temperatureChecked = r.temperatureChecked();
        form.disinfected = r.disinfected();
        form.maskDays = r.maskDays();
        form.thermometerDays = r.thermometerDays();
        form.problems = r.problems();
        return form;
    }

    public Integer getOnSiteStaff() {
        return onSiteStaff;
    }

    public void setOnSiteStaff(Integer onSiteStaff) {
        this.onSiteStaff = onSiteStaff;
    }

    public Integer getReturnedToday() {
        return returnedToday;
    }

    public void setReturnedToday(Integer returnedToday) {
        this.returnedToday = returnedToday;
    }

    public Integer getFromKeyAreas() {
        return fromKeyAreas;
    }

    public void setFromKeyAreas(Integer fromKeyAreas) {
        this.fromKeyAreas = fromKeyAreas;
    }

    public Integer getInQuarantine() {
        return inQuarantine;
    }

    public void setInQuarantine(Integer inQuarantine) {
        this.inQuarantine = inQuarantine;
    }

    public Integer getWithFever() {
        return withFever;
    }

    public void setWithFever(Integer withFever) {
        this.withFever = withFever;
    }

    public boolean isTemperatureChecked() {
        return temperatureChecked;
    }

    public void setTemperatureChecked(boolean temperatureChecked) {
        this.temperatureChecked = temperatureChecked;
    }

    public boolean isDisinfected() {
        return disinfected;
    }

    public void setDisinfected(boolean disinfected) {
        this.disinfected = disinfected;
    }

    public Integer getMaskDays() {
        return maskDays;
    }

    public void setMaskDays(Integer maskDays) {
        this.maskDays = maskDays;
    }

    public Integer getThermometerDays() {
        return thermometerDays;
    }

    public void setThermometerDays(Integer thermometerDays) {
        this.thermometerDays = thermometerDays;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }
}

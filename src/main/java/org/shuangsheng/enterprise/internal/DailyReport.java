package org.shuangsheng.enterprise.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An enterprise's daily report (一日一报表) for one day of the district's zone. */
@Entity
@Table(name = "enterprise_daily_report")
public class DailyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    private String regionPath;

    private LocalDate reportDate;

    private int onSiteStaff;

    private int returnedToday;

    private int fromKeyAreas;

    private int inQuarantine;

    private int withFever;

    private boolean temperatureChecked;

    private boolean disinfected;

    private int maskDays;

    private Integer thermometerDays;

    private String problems;

    private boolean late;

    private Instant submittedAt;

    private String submittedBy;

    private int corrections;

    private Instant correctedAt;

    @Version
    private long version;

    protected DailyReport() {
    }

    /** The figures of a report, checked. */
    public record Figures(int onSiteStaff, int returnedToday, int fromKeyAreas, int inQuarantine, int withFever,
            boolean temperatureChecked, boolean disinfected, int maskDays, Integer thermometerDays, String problems) {
    }

    public DailyReport(long enterpriseId, String regionPath, LocalDate reportDate, Figures figures, boolean late,
            Instant now, String by) {
        this.enterpriseId = enterpriseId;
        this.regionPath = regionPath;
        this.reportDate = reportDate;
        this.late = late;
        this.submittedAt = now;
        this.submittedBy = by;
        apply(figures);
    }

    /** A same-day correction: the figures change, the time it was first filed (and so lateness) stays. */
    public void correct(Figures figures, Instant now) {
        apply(figures);
        this.corrections++;
        this.correctedAt = now;
    }

    public Figures figures() {
        return new Figures(onSiteStaff, returnedToday, fromKeyAreas, inQuarantine, withFever, temperatureChecked,
                disinfected, maskDays, thermometerDays, problems);
    }

    private void apply(Figures f) {
        this.onSiteStaff = f.onSiteStaff();
        this.returnedToday = f.returnedToday();
        this.fromKeyAreas = f.fromKeyAreas();
        this.inQuarantine = f.inQuarantine();
        this.withFever = f.withFever();
        this.temperatureChecked = f.temperatureChecked();
        this.disinfected = f.disinfected();
        this.maskDays = f.maskDays();
        this.thermometerDays = f.thermometerDays();
        this.problems = f.problems();
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public int getCorrections() {
        return corrections;
    }
}

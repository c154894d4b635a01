package org.shuangsheng.screening.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.screening.QuarantineStatus;
import org.shuangsheng.screening.QuarantineType;

/** A quarantine order of one resident (居家/集中隔离), from its proposal to its release. */
@Entity
@Table(name = "screening_quarantine")
public class Quarantine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long residentId;

    private Long householdId;

    private String gridCode;

    private String regionPath;

    @Enumerated(EnumType.STRING)
    private QuarantineStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "quarantine_type")
    private QuarantineType type;

    private String place;

    private LocalDate startDate;

    private LocalDate plannedEnd;

    private String reasons;

    private Long visitId;

    private Instant proposedAt;

    private Instant decidedAt;

    private String decidedBy;

    private String dismissReason;

    private LocalDate releasedOn;

    private String releasedBy;

    private String releaseNote;

    private LocalDate lastCheckIn;

    @Version
    private long version;

    protected Quarantine() {
    }

    public Quarantine(long residentId, long householdId, String gridCode, String regionPath, LocalDate startDate,
            LocalDate plannedEnd, List<String> reasons, long visitId, Instant now) {
        this.residentId = residentId;
        this.householdId = householdId;
        this.gridCode = gridCode;
        this.regionPath = regionPath;
        this.status = QuarantineStatus.PROPOSED;
        this.type = QuarantineType.HOME;
        this.startDate = startDate;
        this.plannedEnd = plannedEnd;
        this.reasons = String.join(",", reasons);
        this.visitId = visitId;
        this.proposedAt = now;
    }

    public void confirm(QuarantineType type, String place, Instant now, String by) {
        this.status = QuarantineStatus.CONFIRMED;
        this.type = type;
        this.place = place;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    public void dismiss(String reason, Instant now, String by) {
        this.status = QuarantineStatus.DISMISSED;
        this.dismissReason = reason;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    public void release(LocalDate on, String note, String by) {
        this.status = QuarantineStatus.RELEASED;
        this.releasedOn = on;
        this.releaseNote = note;
        this.releasedBy = by;
    }

    public void checkedIn(LocalDate day) {
        if (lastCheckIn == null || day.isAfter(lastCheckIn)) {
            lastCheckIn = day;
        }
    }

    public List<String> reasonList() {
        return reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }

    public Long getId() {
        return id;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getGridCode() {
        return gridCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public QuarantineStatus getStatus() {
        return status;
    }

    public QuarantineType getType() {
        return type;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getReasons() {
        return reasons;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDismissReason() {
        return dismissReason;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public String getReleaseNote() {
        return releaseNote;
    }

    public LocalDate getLastCheckIn() {
        return lastCheckIn;
    }
}

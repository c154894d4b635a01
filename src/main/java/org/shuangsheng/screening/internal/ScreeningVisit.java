package org.shuangsheng.screening.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shuangsheng.screening.VisitMode;

@Entity
@Table(name = "screening_visit")
public class ScreeningVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long roundId;

    private Long householdId;

    private String gridCode;

    private String regionPath;

    private Long visitorId;

    private Instant visitedAt;

    @Enumerated(EnumType.STRING)
    private VisitMode mode;

    private String notes;

    private String requestKey;

    private Instant createdAt;

    protected ScreeningVisit() {
    }

    public ScreeningVisit(long roundId, long householdId, String gridCode, String regionPath, long visitorId,
            Instant visitedAt, VisitMode mode, String notes, String requestKey, Instant now) {
        this.roundId = roundId;
        this.householdId = householdId;
        this.gridCode = gridCode;
        this.regionPath = regionPath;
        this.visitorId = visitorId;
        this.visitedAt = visitedAt;
        this.mode = mode;
        this.notes = notes;
        this.requestKey = requestKey;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
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

    public Long getVisitorId() {
        return visitorId;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    public VisitMode getMode() {
        return mode;
    }

    public String getNotes() {
        return notes;
    }
}

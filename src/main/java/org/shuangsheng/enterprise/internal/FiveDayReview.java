package org.shuangsheng.enterprise.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.shuangsheng.enterprise.reporting.ReviewOutcome;

/** A five-day review (五日一复核) of an enterprise by its paired cadre. */
@Entity
@Table(name = "enterprise_review")
public class FiveDayReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    private String regionPath;

    private LocalDate reviewDate;

    private LocalDate dueDate;

    private boolean recordsKept;

    private boolean temperatureChecks;

    private boolean disinfection;

    private boolean supplies;

    private boolean isolationRoom;

    private boolean returningWorkerChecks;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    private LocalDate rectifyBy;

    private String notes;

    private String reviewedBy;

    private Instant createdAt;

    protected FiveDayReview() {
    }

    /** The checklist ticked by the cadre. */
    public record Checklist(boolean recordsKept, boolean temperatureChecks, boolean disinfection, boolean supplies,
            boolean isolationRoom, boolean returningWorkerChecks) {
    }

    public FiveDayReview(long enterpriseId, String regionPath, LocalDate reviewDate, LocalDate dueDate,
            Checklist checklist, ReviewOutcome outcome, LocalDate rectifyBy, String notes, String reviewedBy,
            Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.regionPath = regionPath;
        this.reviewDate = reviewDate;
        this.dueDate = dueDate;
        this.recordsKept = checklist.recordsKept();
        this.temperatureChecks = checklist.temperatureChecks();
        this.disinfection = checklist.disinfection();
        this.supplies = checklist.supplies();
        this.isolationRoom = checklist.isolationRoom();
        this.returningWorkerChecks = checklist.returningWorkerChecks();
        this.outcome = outcome;
        this.rectifyBy = rectifyBy;
        this.notes = notes;
        this.reviewedBy = reviewedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Checklist checklist() {
        return new Checklist(recordsKept, temperatureChecks, disinfection, supplies, isolationRoom,
                returningWorkerChecks);
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public String getNotes() {
        return notes;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }
}

package org.shuangsheng.enterprise.web;

import java.time.LocalDate;
import org.shuangsheng.enterprise.reporting.NewReview;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A five-day review's checklist as the paired cadre ticks it: the page's form of a
 * {@link NewReview}, which the API takes as it is. Spring binds the page's fields through setters
 * and {@code th:field} reads them back through getters, which a record has not.
 */
public class ReviewForm {

    private boolean recordsKept;

    private boolean temperatureChecks;

    private boolean disinfection;

    private boolean supplies;

    private boolean isolationRoom;

    private boolean returningWorkerChecks;

    private String outcome;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rectifyBy;

    private String notes;

    NewReview toNewReview() {
        return new NewReview(recordsKept, temperatureChecks, disinfection, supplies, isolationRoom,
                returningWorkerChecks, outcome, rectifyBy, notes);
    }

    public boolean isRecordsKept() {
        return recordsKept;
    }

    public void setRecordsKept(boolean recordsKept) {
        this.recordsKept = recordsKept;
    }

    public boolean isTemperatureChecks() {
        return temperatureChecks;
    }

    public void setTemperatureChecks(boolean temperatureChecks) {
        this.temperatureChecks = temperatureChecks;
    }

    public boolean isDisinfection() {
        return disinfection;
    }

    public void setDisinfection(boolean disinfection) {
        this.disinfection = disinfection;
    }

    public boolean isSupplies() {
        return supplies;
    }

    public void setSupplies(boolean supplies) {
        this.supplies = supplies;
    }

    public boolean isIsolationRoom() {
        return isolationRoom;
    }

    public void setIsolationRoom(boolean isolationRoom) {
        this.isolationRoom = isolationRoom;
    }

    public boolean isReturningWorkerChecks() {
        return returningWorkerChecks;
    }

    public void setReturningWorkerChecks(boolean returningWorkerChecks) {
        this.returningWorkerChecks = returningWorkerChecks;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public void setRectifyBy(LocalDate rectifyBy) {
        this.rectifyBy = rectifyBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}

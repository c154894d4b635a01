package org.shuangsheng.enterprise.web;

import java.time.LocalDate;
import org.shuangsheng.enterprise.FilingView;
import org.shuangsheng.enterprise.registration.NewFiling;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A resumption filing with its commitment as the enterprise types it: the page's form of a
 * {@link NewFiling}. Spring binds the page's fields through setters and {@code th:field} reads
 * them back through getters, which a record has not; and an amendment starts from the filing on
 * record.
 */
public class FilingForm {

    private String preventionLead;
    private String preventionLeadPhone;
    private String emergencyPlan;
    private String staffScreening;
    private Integer suppliesDays;
    private boolean isolationRoom;
    private String disinfection;
    private String dining;
    private String meetings;
    private String commuting;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedResumptionDate;
    private String commitmentText;
    private String commitmentSignatory;
    private boolean commitmentAccepted;

    NewFiling toNewFiling() {
        return new NewFiling(preventionLead, preventionLeadPhone, emergencyPlan, staffScreening, suppliesDays,
                isolationRoom, disinfection, dining, meetings, commuting, plannedResumptionDate, commitmentText,
                commitmentSignatory, commitmentAccepted);
    }

    /** A returned filing to amend: its plan as filed; the phone, shown masked, and the acceptance are asked again. */
    static FilingForm of(FilingView f) {
        FilingForm form = new FilingForm();
        form.preventionLead = f.preventionLead();
        form.emergencyPlan = f.emergencyPlan();
        form.staffScreening = f.staffScreening();
        form.suppliesDays = f.suppliesDays();
        form.isolationRoom = f.isolationRoom();
        form.disinfection = f.disinfection();
        form.dining = f.dining();
        form.meetings = f.meetings();
        form.commuting = f.commuting();
        form.plannedResumptionDate = f.plannedResumptionDate();
        form.commitmentText = f.commitmentText();
        form.commitmentSignatory = f.commitmentSignatory();
        return form;
    }

    public String getPreventionLead() {
        return preventionLead;
    }

    public void setPreventionLead(String preventionLead) {
        this.preventionLead = preventionLead;
    }

    public String getPreventionLeadPhone() {
        return preventionLeadPhone;
    }

    public void setPreventionLeadPhone(String preventionLeadPhone) {
        this.preventionLeadPhone = preventionLeadPhone;
    }

    public String getEmergencyPlan() {
        return emergencyPlan;
    }

    public void setEmergencyPlan(String emergencyPlan) {
        this.emergencyPlan = emergencyPlan;
    }

    public String getStaffScreening() {
        return staffScreening;
    }

    public void setStaffScreening(String staffScreening) {
        this.staffScreening = staffScreening;
    }

    public Integer getSuppliesDays() {
        return suppliesDays;
    }

    public void setSuppliesDays(Integer suppliesDays) {
        this.suppliesDays = suppliesDays;
    }

    public boolean isIsolationRoom() {
        return isolationRoom;
    }

    public void setIsolationRoom(boolean isolationRoom) {
        this.isolationRoom = isolationRoom;
    }

    public String getDisinfection() {
        return disinfection;
    }

    public void setDisinfection(String disinfection) {
        this.disinfection = disinfection;
    }

    public String getDining() {
        return dining;
    }

    public void setDining(String dining) {
        this.dining = dining;
    }

    public String getMeetings() {
        return meetings;
    }

    public void setMeetings(String meetings) {
        this.meetings = meetings;
    }

    public String getCommuting() {
        return commuting;
    }

    public void setCommuting(String commuting) {
        this.commuting = commuting;
    }

    public LocalDate getPlannedResumptionDate() {
        return plannedResumptionDate;
    }

    public void setPlannedResumptionDate(LocalDate plannedResumptionDate) {
        this.plannedResumptionDate = plannedResumptionDate;
    }

    public String getCommitmentText() {
        return commitmentText;
    }

    public void setCommitmentText(String commitmentText) {
        this.commitmentText = commitmentText;
    }

    public String getCommitmentSignatory() {
        return commitmentSignatory;
    }

    public void setCommitmentSignatory(String commitmentSignatory) {
        this.commitmentSignatory = commitmentSignatory;
    }

    public boolean isCommitmentAccepted() {
        return commitmentAccepted;
    }

    public void setCommitmentAccepted(boolean commitmentAccepted) {
        this.commitmentAccepted = commitmentAccepted;
    }
}

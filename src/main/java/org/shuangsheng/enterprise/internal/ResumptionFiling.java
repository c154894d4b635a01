package org.shuangsheng.enterprise.internal;

import jakarta.persistence.Convert;
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
import org.shuangsheng.enterprise.FilingState;
import org.shuangsheng.identity.EncryptedPhoneConverter;
import org.shuangsheng.shared.PhoneNumber;

/** An enterprise's resumption filing (报备) with its commitment (承诺书); one per enterprise. */
@Entity
@Table(name = "enterprise_filing")
public class ResumptionFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    private String regionPath;

    @Enumerated(EnumType.STRING)
    private FilingState state;

    private String preventionLead;

    @Convert(converter = EncryptedPhoneConverter.class)
    private PhoneNumber preventionLeadPhone;

    private String emergencyPlan;

    private String staffScreening;

    private int suppliesDays;

    private boolean isolationRoom;

    private String disinfection;

    private String dining;

    private String meetings;

    private String commuting;

    private LocalDate plannedResumptionDate;

    private String commitmentText;

    private String commitmentSignatory;

    private LocalDate commitmentDate;

    private Instant filedAt;

    private String filedBy;

    private String returnReason;

    private Instant returnedAt;

    private String returnedBy;

    private int amendments;

    private Instant checkedAt;

    private String checkedBy;

    @Version
    private long version;

    protected ResumptionFiling() {
    }

    /** The plan and commitment as checked. */
    public record Plan(String preventionLead, PhoneNumber preventionLeadPhone, String emergencyPlan,
            String staffScreening, int suppliesDays, boolean isolationRoom, String disinfection, String dining,
            String meetings, String commuting, LocalDate plannedResumptionDate, String commitmentText,
            String commitmentSignatory) {
    }

    public ResumptionFiling(long enterpriseId, String regionPath, Plan plan, LocalDate today, Instant now,
            String by) {
        this.enterpriseId = enterpriseId;
        this.regionPath = regionPath;
        apply(plan, today, now, by);
    }

    private void apply(Plan plan, LocalDate today, Instant now, String by) {
        this.state = FilingState.SUBMITTED;
        this.preventionLead = plan.preventionLead();
        this.preventionLeadPhone = plan.preventionLeadPhone();
        this.emergencyPlan = plan.emergencyPlan();
        this.staffScreening = plan.staffScreening();
        this.suppliesDays = plan.suppliesDays();
        this.isolationRoom = plan.isolationRoom();
        this.disinfection = plan.disinfection();
        this.dining = plan.dining();
        this.meetings = plan.meetings();
        this.commuting = plan.commuting();
        this.plannedResumptionDate = plan.plannedResumptionDate();
        this.commitmentText = plan.commitmentText();
        this.commitmentSignatory = plan.commitmentSignatory();
        this.commitmentDate = today;
        this.filedAt = now;
        this.filedBy = by;
        this.checkedAt = null;
        this.checkedBy = null;
    }

    /** The enterprise amends a returned filing; it goes back on the post-check list. The reason stays for reference. */
    public void amend(Plan plan, LocalDate today, Instant now, String by) {
        apply(plan, today, now, by);
        this.amendments++;
    }

    public void returnWith(String reason, Instant now, String by) {
        this.state = FilingState.RETURNED;
        this.returnReason = reason;
        this.returnedAt = now;
        this.returnedBy = by;
    }

    public void check(Instant now, String by) {
        this.state = FilingState.CHECKED;
        this.checkedAt = now;
        this.checkedBy = by;
    }

    public void moveTo(String regionPath) {
        this.regionPath = regionPath;
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public FilingState getState() {
        return state;
    }

    public String getPreventionLead() {
        return preventionLead;
    }

    public PhoneNumber getPreventionLeadPhone() {
        return preventionLeadPhone;
    }

    public String getEmergencyPlan() {
        return emergencyPlan;
    }

    public String getStaffScreening() {
        return staffScreening;
    }

    public int getSuppliesDays() {
        return suppliesDays;
    }

    public boolean isIsolationRoom() {
        return isolationRoom;
    }

    public String getDisinfection() {
        return disinfection;
    }

    public String getDining() {
        return dining;
    }

    public String getMeetings() {
        return meetings;
    }

    public String getCommuting() {
        return commuting;
    }

    public LocalDate getPlannedResumptionDate() {
        return plannedResumptionDate;
    }

    public String getCommitmentText() {
        return commitmentText;
    }

    public String getCommitmentSignatory() {
        return commitmentSignatory;
    }

    public LocalDate getCommitmentDate() {
        return commitmentDate;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public int getAmendments() {
        return amendments;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }
}

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
import org.shuangsheng.enterprise.EnterpriseSize;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.enterprise.FiveDayReviewSchedule;
import org.shuangsheng.enterprise.Industry;
import org.shuangsheng.identity.EncryptedPhoneConverter;
import org.shuangsheng.shared.PhoneNumber;

@Entity
@Table(name = "enterprise")
public class Enterprise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String uscc;

    @Enumerated(EnumType.STRING)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    private EnterpriseSize size;

    private String subdistrictCode;

    private String regionPath;

    private String address;

    private String legalRepresentative;

    private String liaisonName;

    @Convert(converter = EncryptedPhoneConverter.class)
    private PhoneNumber liaisonPhone;

    private String preventionLead;

    private Integer headcount;

    private boolean majorProject;

    @Enumerated(EnumType.STRING)
    private EnterpriseStatus status;

    private LocalDate plannedResumptionDate;

    private LocalDate resumedOn;

    private LocalDate nextReviewDue;

    private boolean demo;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Enterprise() {
    }

    public Enterprise(Details details, Instant now) {
        apply(details, now);
        this.status = EnterpriseStatus.NOT_FILED;
        this.createdAt = now;
    }

    /** The registered facts of an enterprise, checked. */
    public record Details(String name, String uscc, Industry industry, EnterpriseSize size, String subdistrictCode,
            String regionPath, String address, String legalRepresentative, String liaisonName, PhoneNumber liaisonPhone,
            String preventionLead, Integer headcount, boolean majorProject) {
    }

    public void apply(Details details, Instant now) {
        this.name = details.name();
        this.uscc = details.uscc();
        this.industry = details.industry();
        this.size = details.size();
        this.subdistrictCode = details.subdistrictCode();
        this.regionPath = details.regionPath();
        this.address = details.address();
        this.legalRepresentative = details.legalRepresentative();
        this.liaisonName = details.liaisonName();
        this.liaisonPhone = details.liaisonPhone();
        this.preventionLead = details.preventionLead();
        this.headcount = details.headcount();
        this.majorProject = details.majorProject();
        this.updatedAt = now;
    }

    public Enterprise markDemo() {
        this.demo = true;
        return this;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Filing resumes at once: no approval wait (Baoshan's rule); the filing is checked afterwards. */
    public void resume(LocalDate planned, LocalDate today, Instant now) {
        this.plannedResumptionDate = planned;
        if (status == EnterpriseStatus.NOT_FILED) {
            this.status = EnterpriseStatus.RESUMED;
            this.resumedOn = today;
            this.nextReviewDue = FiveDayReviewSchedule.nextDue(today, null);
        }
        this.updatedAt = now;
    }

    /** A five-day review was recorded on this day: the next one is due five days later. */
    public void reviewed(LocalDate on, Instant now) {
        this.nextReviewDue = FiveDayReviewSchedule.nextDue(resumedOn, on);
        this.updatedAt = now;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public void changeStatus(EnterpriseStatus to, Instant now) {
        this.status = to;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUscc() {
        return uscc;
    }

    public Industry getIndustry() {
        return industry;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getAddress() {
        return address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getLiaisonName() {
        return liaisonName;
    }

    public PhoneNumber getLiaisonPhone() {
        return liaisonPhone;
    }

    public String getPreventionLead() {
        return preventionLead;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public boolean isMajorProject() {
        return majorProject;
    }

    public EnterpriseStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedResumptionDate() {
        return plannedResumptionDate;
    }

    public LocalDate getResumedOn() {
        return resumedOn;
    }
}

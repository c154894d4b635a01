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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.shuangsheng.identity.EncryptedIdNumberConverter;
import org.shuangsheng.identity.EncryptedPhoneConverter;
import org.shuangsheng.screening.ArrivalRisk;
import org.shuangsheng.screening.KeyAreaLevel;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;

/** A returning worker (返岗人员) of an enterprise, with the quarantine the risk rules gave on return. */
@Entity
@Table(name = "enterprise_returning_worker")
public class ReturningWorker {

    /** What the liaison records of a worker; the key area and quarantine end are worked out from it. */
    public record Details(String name, ResidentIdNumber idNumber, String idNumberHash, PhoneNumber phone,
            String phoneHash, String origin, LocalDate expectedReturnDate, LocalDate returnDate, String transport,
            boolean contactWithCase, BigDecimal temperature, String symptoms, boolean reportedToCommunity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    private String regionPath;

    private String name;

    @Convert(converter = EncryptedIdNumberConverter.class)
    private ResidentIdNumber idNumber;

    private String idNumberHash;

    @Convert(converter = EncryptedPhoneConverter.class)
    private PhoneNumber phone;

    private String phoneHash;

    private String origin;

    private LocalDate expectedReturnDate;

    private LocalDate returnDate;

    private String transport;

    @Enumerated(EnumType.STRING)
    private KeyAreaLevel keyArea;

    private boolean contactWithCase;

    private BigDecimal temperature;

    private String symptoms;

    private boolean reportedToCommunity;

    private LocalDate quarantineUntil;

    private LocalDate releasedOn;

    private String releasedBy;

    private String releaseNote;

    private String createdBy;

    private Instant createdAt;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected ReturningWorker() {
    }

    /**
     * The quarantine end the risk rules give a worker who is back: from a key area, with a case
     * contact, a fever (at or above the rule set's threshold) or symptoms, the return day plus the
     * rule set's days; otherwise none. {@code risk} is the assessment of the origin on the return day.
     */
    public static LocalDate quarantineUntil(Details d, ArrivalRisk.Assessment risk) {
        if (d.returnDate() == null) {
            return null;
        }
        boolean fever = d.temperature() != null && d.temperature().compareTo(risk.feverThreshold()) >= 0;
        boolean quarantine = risk.keyArea() != null || d.contactWithCase() || fever || d.symptoms() != null;
        return quarantine ? d.returnDate().plusDays(risk.quarantineDays()) : null;
    }

    public ReturningWorker(long enterpriseId, String regionPath, Details details, KeyAreaLevel keyArea,
            LocalDate quarantineUntil, String by, Instant now) {
        this.enterpriseId = enterpriseId;
        this.regionPath = regionPath;
        this.createdBy = by;
        this.createdAt = now;
        change(details, keyArea, quarantineUntil, by, now);
    }

    public void change(Details d, KeyAreaLevel keyArea, LocalDate quarantineUntil, String by, Instant now) {
        this.name = d.name();
        this.idNumber = d.idNumber();
        this.idNumberHash = d.idNumberHash();
        this.phone = d.phone();
        this.phoneHash = d.phoneHash();
        this.origin = d.origin();
        this.expectedReturnDate = d.expectedReturnDate();
        this.returnDate = d.returnDate();
        this.transport = d.transport();
        this.contactWithCase = d.contactWithCase();
        this.temperature = d.temperature();
        this.symptoms = d.symptoms();
        this.reportedToCommunity = d.reportedToCommunity();
        this.keyArea = keyArea;
        this.quarantineUntil = quarantineUntil;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public void release(LocalDate on, String note, String by, Instant now) {
        this.releasedOn = on;
        this.releaseNote = note;
        this.releasedBy = by;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Details details() {
        return new Details(name, idNumber, idNumberHash, phone, phoneHash, origin, expectedReturnDate, returnDate,
                transport, contactWithCase, temperature, symptoms, reportedToCommunity);
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getName() {
        return name;
    }

    public ResidentIdNumber getIdNumber() {
        return idNumber;
    }

    public PhoneNumber getPhone() {
        return phone;
    }

    public String getOrigin() {
        return origin;
    }

    public LocalDate getExpectedReturnDate() {
        return expectedReturnDate;
    }

    public LocalDate getReturnDate() {
        return returnDate;
    }

    public String getTransport() {
        return transport;
    }

    public KeyAreaLevel getKeyArea() {
        return keyArea;
    }

    public boolean isContactWithCase() {
        return contactWithCase;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public String getSymptoms() {
        return symptoms;
    }

    public boolean isReportedToCommunity() {
        return reportedToCommunity;
    }

    public LocalDate getQuarantineUntil() {
        return quarantineUntil;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

package org.shuangsheng.screening.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.screening.RiskLevel;

/** The current risk level of one resident (table {@code screening_risk}). */
@Entity
@Table(name = "screening_risk")
public class RiskStanding {

    @Id
    private Long residentId;

    private Long householdId;

    private String regionPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    private RiskLevel level;

    private String reasons;

    private LocalDate since;

    private int normalDays;

    private LocalDate lastNormal;

    private Instant updatedAt;

    @Version
    private long version;

    protected RiskStanding() {
    }

    public RiskStanding(long residentId, long householdId, String regionPath) {
        this.residentId = residentId;
        this.householdId = householdId;
        this.regionPath = regionPath;
    }

    public RiskRules.Standing standing() {
        if (level == null) {
            return null;
        }
        List<String> list = reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
        return new RiskRules.Standing(level, list, since, normalDays, lastNormal);
    }

    public void update(RiskRules.Standing standing, String regionPath, Instant now) {
        this.level = standing.level();
        this.reasons = String.join(",", standing.reasons());
        this.since = standing.since();
        this.normalDays = standing.normalDays();
        this.lastNormal = standing.lastNormal();
        this.regionPath = regionPath;
        this.updatedAt = now;
    }

    public Long getResidentId() {
        return residentId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public RiskLevel getLevel() {
        return level;
    }
}

package org.shuangsheng.screening.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One value of the risk rule set. */
@Entity
@Table(name = "screening_risk_setting")
public class RiskSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    private String description;

    private Instant updatedAt;

    private String updatedBy;

    protected RiskSetting() {
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public String getDescription() {
        return description;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void change(String value, Instant now, String by) {
        this.value = value;
        this.updatedAt = now;
        this.updatedBy = by;
    }
}

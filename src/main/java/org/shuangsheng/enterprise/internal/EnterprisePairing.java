package org.shuangsheng.enterprise.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A cadre (包保干部) paired with an enterprise. */
@Entity
@Table(name = "enterprise_pairing")
public class EnterprisePairing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long cadreUserId;

    private Long enterpriseId;

    private Instant createdAt;

    private String createdBy;

    protected EnterprisePairing() {
    }

    public EnterprisePairing(long cadreUserId, long enterpriseId, Instant createdAt, String createdBy) {
        this.cadreUserId = cadreUserId;
        this.enterpriseId = enterpriseId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCadreUserId() {
        return cadreUserId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

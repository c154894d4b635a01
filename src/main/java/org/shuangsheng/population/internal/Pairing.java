package org.shuangsheng.population.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A cadre paired with one household or with a whole grid. */
@Entity
@Table(name = "population_pairing")
public class Pairing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long cadreUserId;

    private Long householdId;

    private String gridCode;

    private Instant createdAt;

    private String createdBy;

    protected Pairing() {
    }

    public Pairing(Long cadreUserId, Long householdId, String gridCode, Instant createdAt, String createdBy) {
        this.cadreUserId = cadreUserId;
        this.householdId = householdId;
        this.gridCode = gridCode;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCadreUserId() {
        return cadreUserId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getGridCode() {
        return gridCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

package org.shuangsheng.population.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shuangsheng.population.Relation;

/** A resident's move from one household to another, with the reason given and who made it. */
@Entity
@Table(name = "population_resident_move")
public class ResidentMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long residentId;

    private Long fromHouseholdId;

    private Long toHouseholdId;

    private String fromRegionPath;

    private String toRegionPath;

    @Enumerated(EnumType.STRING)
    private Relation fromRelation;

    @Enumerated(EnumType.STRING)
    private Relation toRelation;

    private String reason;

    private Instant movedAt;

    private String movedBy;

    protected ResidentMove() {
    }

    public ResidentMove(Resident resident, Household to, Relation toRelation, String reason, Instant movedAt,
            String movedBy) {
        this.residentId = resident.getId();
        this.fromHouseholdId = resident.getHouseholdId();
        this.fromRegionPath = resident.getRegionPath();
        this.fromRelation = resident.getRelation();
        this.toHouseholdId = to.getId();
        this.toRegionPath = to.getRegionPath();
        this.toRelation = toRelation;
        this.reason = reason;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getFromHouseholdId() {
        return fromHouseholdId;
    }

    public Long getToHouseholdId() {
        return toHouseholdId;
    }

    public Relation getFromRelation() {
        return fromRelation;
    }

    public Relation getToRelation() {
        return toRelation;
    }

    public String getReason() {
        return reason;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }
}

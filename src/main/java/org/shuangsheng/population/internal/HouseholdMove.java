package org.shuangsheng.population.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "population_household_move")
public class HouseholdMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long householdId;

    private String fromGrid;

    private String toGrid;

    private Instant movedAt;

    private String movedBy;

    protected HouseholdMove() {
    }

    public HouseholdMove(Long householdId, String fromGrid, String toGrid, Instant movedAt, String movedBy) {
        this.householdId = householdId;
        this.fromGrid = fromGrid;
        this.toGrid = toGrid;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
    }
}

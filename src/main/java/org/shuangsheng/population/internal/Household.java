package org.shuangsheng.population.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "population_household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String gridCode;

    private String regionPath;

    private String address;

    private String notes;

    private boolean demo;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Household() {
    }

    public Household(String gridCode, String regionPath, String address, String notes, Instant now) {
        this.gridCode = gridCode;
        this.regionPath = regionPath;
        this.address = address;
        this.notes = notes;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Household markDemo() {
        this.demo = true;
        return this;
    }

    public void moveTo(String gridCode, String regionPath, Instant now) {
        this.gridCode = gridCode;
        this.regionPath = regionPath;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getGridCode() {
        return gridCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public String getAddress() {
        return address;
    }

    public String getNotes() {
        return notes;
    }
}

package org.shuangsheng.screening.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "screening_round")
public class ScreeningRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private LocalDate startDate;

    private LocalDate endDate;

    private String regionCode;

    private String regionPath;

    private boolean closed;

    private boolean demo;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected ScreeningRound() {
    }

    public ScreeningRound(String name, LocalDate startDate, LocalDate endDate, String regionCode, String regionPath,
            String createdBy, Instant now) {
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public ScreeningRound markDemo() {
        this.demo = true;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public boolean isClosed() {
        return closed;
    }

    /** A closed round takes no more visits; its coverage stays as it was. */
    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

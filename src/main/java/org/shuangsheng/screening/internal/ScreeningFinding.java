package org.shuangsheng.screening.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What a visit found for one resident; health and travel fields are personal data. */
@Entity
@Table(name = "screening_finding")
public class ScreeningFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long visitId;

    private Long roundId;

    private Long residentId;

    private String regionPath;

    private Instant visitedAt;

    private boolean present;

    private String absenceReason;

    private BigDecimal temperature;

    private String symptoms;

    private String travelledFrom;

    private LocalDate arrivedOn;

    private String transport;

    private boolean contactWithCase;

    private String measures;

    private boolean temperatureRefused;

    private String refusalReason;

    protected ScreeningFinding() {
    }

    public ScreeningFinding(ScreeningVisit visit, long residentId, boolean present, String absenceReason,
            BigDecimal temperature, String symptoms, String travelledFrom, LocalDate arrivedOn, String transport,
            boolean contactWithCase, String measures) {
        this(visit, residentId, present, absenceReason, temperature, symptoms, travelledFrom, arrivedOn, transport,
                contactWithCase, measures, false, null);
    }

    /** {@code temperatureRefused} with its reason stands in for the temperature of someone seen (拒绝测温). */
    public ScreeningFinding(ScreeningVisit visit, long residentId, boolean present, String absenceReason,
            BigDecimal temperature, String symptoms, String travelledFrom, LocalDate arrivedOn, String transport,
            boolean contactWithCase, String measures, boolean temperatureRefused, String refusalReason) {
        this.temperatureRefused = temperatureRefused;
        this.refusalReason = refusalReason;
        this.visitId = visit.getId();
        this.roundId = visit.getRoundId();
        this.regionPath = visit.getRegionPath();
        this.visitedAt = visit.getVisitedAt();
        this.residentId = residentId;
        this.present = present;
        this.absenceReason = absenceReason;
        this.temperature = temperature;
        this.symptoms = symptoms;
        this.travelledFrom = travelledFrom;
        this.arrivedOn = arrivedOn;
        this.transport = transport;
        this.contactWithCase = contactWithCase;
        this.measures = measures;
    }

    public Long getId() {
        return id;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public boolean isPresent() {
        return present;
    }

    public String getAbsenceReason() {
        return absenceReason;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public String getSymptoms() {
        return symptoms;
    }

    public String getTravelledFrom() {
        return travelledFrom;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public String getTransport() {
        return transport;
    }

    public boolean isContactWithCase() {
        return contactWithCase;
    }

    public String getMeasures() {
        return measures;
    }

    public boolean isTemperatureRefused() {
        return temperatureRefused;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    @Override
    public String toString() {
        // Health fields are personal data: never in a log line.
        return "ScreeningFinding[id=" + id + ", visit=" + visitId + "]";
    }
}

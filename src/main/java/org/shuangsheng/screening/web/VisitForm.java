package org.shuangsheng.screening.web;

import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.screening.NewFinding;
import org.shuangsheng.screening.NewVisit;

/**
 * The phone form of one visit: a finding per member, as typed. {@code requestKey} is made when
 * the form is first shown, so sending it twice (a dropped connection, a double tap) records one
 * visit.
 */
public class VisitForm {

    private String requestKey;
    private String mode;
    private String visitedAt;
    private String notes;
    private List<FindingForm> findings = new ArrayList<>();

    NewVisit toNewVisit(long householdId) {
        return new NewVisit(householdId, visitedAt, mode, notes,
                findings.stream().map(FindingForm::toNewFinding).toList(), requestKey);
    }

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getVisitedAt() {
        return visitedAt;
    }

    public void setVisitedAt(String visitedAt) {
        this.visitedAt = visitedAt;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<FindingForm> getFindings() {
        return findings;
    }

    public void setFindings(List<FindingForm> findings) {
        this.findings = findings;
    }

    /** One member's row: present is "true" or "false" from the big toggle. */
    public static class FindingForm {

        private Long residentId;
        private String present;
        private String absenceReason;
        private String temperature;
        private String symptoms;
        private String travelledFrom;
        private String arrivedOn;
        private String transport;
        private boolean contactWithCase;
        private String measures;
        private boolean temperatureRefused;
        private String refusalReason;

        NewFinding toNewFinding() {
            Boolean here = "true".equals(present) ? Boolean.TRUE : "false".equals(present) ? Boolean.FALSE : null;
            return new NewFinding(residentId, here, absenceReason, temperature, symptoms, travelledFrom, arrivedOn,
                    transport, contactWithCase, measures, temperatureRefused, refusalReason);
        }

        public boolean isTemperatureRefused() {
            return temperatureRefused;
        }

        public void setTemperatureRefused(boolean temperatureRefused) {
            this.temperatureRefused = temperatureRefused;
        }

        public String getRefusalReason() {
            return refusalReason;
        }

        public void setRefusalReason(String refusalReason) {
            this.refusalReason = refusalReason;
        }

        public Long getResidentId() {
            return residentId;
        }

        public void setResidentId(Long residentId) {
            this.residentId = residentId;
        }

        public String getPresent() {
            return present;
        }

        public void setPresent(String present) {
            this.present = present;
        }

        public String getAbsenceReason() {
            return absenceReason;
        }

        public void setAbsenceReason(String absenceReason) {
            this.absenceReason = absenceReason;
        }

        public String getTemperature() {
            return temperature;
        }

        public void setTemperature(String temperature) {
            this.temperature = temperature;
        }

        public String getSymptoms() {
            return symptoms;
        }

        public void setSymptoms(String symptoms) {
            this.symptoms = symptoms;
        }

        public String getTravelledFrom() {
            return travelledFrom;
        }

        public void setTravelledFrom(String travelledFrom) {
            this.travelledFrom = travelledFrom;
        }

        public String getArrivedOn() {
            return arrivedOn;
        }

        public void setArrivedOn(String arrivedOn) {
            this.arrivedOn = arrivedOn;
        }

        public String getTransport() {
            return transport;
        }

        public void setTransport(String transport) {
            this.transport = transport;
        }

        public boolean isContactWithCase() {
            return contactWithCase;
        }

        public void setContactWithCase(boolean contactWithCase) {
            this.contactWithCase = contactWithCase;
        }

        public String getMeasures() {
            return measures;
        }

        public void setMeasures(String measures) {
            this.measures = measures;
        }
    }
}

package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.workers.NewReturningWorker;
import org.shuangsheng.enterprise.workers.ReturningWorkerView;

/**
 * A returning worker as the liaison types it; every value kept as typed when the form comes back.
 * The page's form of a {@link NewReturningWorker}: Spring binds the page's fields through setters
 * and {@code th:field} reads them back through getters, which a record has not; and an edit starts
 * from the worker with the ID number and phone blank, as they are shown masked.
 */
public class ReturningWorkerForm {

    private String name;
    private String idNumber;
    private String phone;
    private String origin;
    private String expectedReturnDate;
    private String returnDate;
    private String transport;
    private boolean contactWithCase;
    private String temperature;
    private String symptoms;
    private boolean reportedToCommunity;

    NewReturningWorker toNewReturningWorker() {
        return new NewReturningWorker(name, idNumber, phone, origin, expectedReturnDate, returnDate, transport,
                contactWithCase, temperature, symptoms, reportedToCommunity);
    }

    /**
     * A worker to edit. The ID number and phone are shown masked and must be typed again: the
     * page never carries them in clear.
     */
    static ReturningWorkerForm of(ReturningWorkerView w) {
        ReturningWorkerForm form = new ReturningWorkerForm();
        form.name = w.name();
        form.origin = w.origin();
        form.expectedReturnDate = w.expectedReturnDate() == null ? null : w.expectedReturnDate().toString();
        form.returnDate = w.returnDate() == null ? null : w.returnDate().toString();
        form.transport = w.transport();
        form.contactWithCase = w.contactWithCase();
        form.temperature = w.temperature() == null ? null : w.temperature().toPlainString();
        form.symptoms = w.symptoms();
        form.reportedToCommunity = w.reportedToCommunity();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getExpectedReturnDate() {
        return expectedReturnDate;
    }

    public void setExpectedReturnDate(String expectedReturnDate) {
        this.expectedReturnDate = expectedReturnDate;
    }

    public String getReturnDate() {
        return returnDate;
    }

    public void setReturnDate(String returnDate) {
        this.returnDate = returnDate;
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

    public boolean isReportedToCommunity() {
        return reportedToCommunity;
    }

    public void setReportedToCommunity(boolean reportedToCommunity) {
        this.reportedToCommunity = reportedToCommunity;
    }
}

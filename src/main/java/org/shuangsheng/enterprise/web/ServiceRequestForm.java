package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.greenchannel.NewServiceRequest;

/**
 * A green-channel request as the enterprise types it: the page's form of a
 * {@link NewServiceRequest}, which the API takes as it is. Spring binds the page's fields through
 * setters and {@code th:field} reads them back through getters, which a record has not; and the
 * page starts at NORMAL urgency.
 */
public class ServiceRequestForm {

    private String category;

    private String urgency = "NORMAL";

    private String description;

    NewServiceRequest toNewRequest() {
        return new NewServiceRequest(category, description, urgency);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

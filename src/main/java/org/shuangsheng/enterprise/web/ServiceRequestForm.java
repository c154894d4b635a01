package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.NewServiceRequest;

/** A green-channel request as the enterprise types it. */
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

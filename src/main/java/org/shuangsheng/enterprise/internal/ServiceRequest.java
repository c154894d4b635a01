package org.shuangsheng.enterprise.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.shuangsheng.enterprise.greenchannel.ServiceCategory;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.greenchannel.ServiceUrgency;
import org.shuangsheng.identity.Department;

/** A green-channel (绿色通道) request of an enterprise, routed to a department. */
@Entity
@Table(name = "enterprise_service_request")
public class ServiceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    private String regionPath;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    private String description;

    @Enumerated(EnumType.STRING)
    private ServiceUrgency urgency;

    @Enumerated(EnumType.STRING)
    private Department department;

    @Enumerated(EnumType.STRING)
    private ServiceRequestStatus status;

    private Instant submittedAt;

    private String submittedBy;

    private Instant deadline;

    private Instant acceptedAt;

    private Instant resolvedAt;

    private Instant confirmedAt;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    public ServiceRequest(long enterpriseId, String regionPath, ServiceCategory category, String description,
            ServiceUrgency urgency, Instant submittedAt, String submittedBy, Instant deadline) {
        this.enterpriseId = enterpriseId;
        this.regionPath = regionPath;
        this.category = category;
        this.description = description;
        this.urgency = urgency;
        this.department = category.department();
        this.status = ServiceRequestStatus.SUBMITTED;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.deadline = deadline;
    }

    /** Moves to the next status at this instant. */
    public void moveTo(ServiceRequestStatus next, Instant at) {
        this.status = next;
        switch (next) {
            case ACCEPTED -> acceptedAt = at;
            case RESOLVED -> resolvedAt = at;
            case CONFIRMED -> confirmedAt = at;
            default -> {
            }
        }
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionPath() {
        return regionPath;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public ServiceUrgency getUrgency() {
        return urgency;
    }

    public Department getDepartment() {
        return department;
    }

    public ServiceRequestStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}

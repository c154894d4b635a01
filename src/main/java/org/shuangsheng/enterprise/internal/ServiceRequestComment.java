package org.shuangsheng.enterprise.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a green-channel request by the enterprise or an official. */
@Entity
@Table(name = "enterprise_service_comment")
public class ServiceRequestComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;

    private String author;

    private Instant createdAt;

    @Column(name = "body")
    private String text;

    protected ServiceRequestComment() {
    }

    public ServiceRequestComment(long requestId, String author, Instant createdAt, String text) {
        this.requestId = requestId;
        this.author = author;
        this.createdAt = createdAt;
        this.text = text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getText() {
        return text;
    }
}

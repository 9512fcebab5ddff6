package org.govtechhub.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One line of the audit log, read-only: entries are written by {@link AuditTrail}. */
@Entity
@jakarta.persistence.NamedQuery(name = "AuditEntry.byRecord",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id DESC")
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    private String details;

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }
}

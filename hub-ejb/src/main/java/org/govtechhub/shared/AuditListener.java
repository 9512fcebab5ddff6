package org.govtechhub.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Stamps the audit columns of every {@link BaseEntity} and writes an audit entry for each insert,
 * update and delete: the one mechanism through which every module's state changes are audited.
 */
public class AuditListener {

    @PrePersist
    void stampCreation(BaseEntity entity) {
        entity.stampCreated(Actor.current(), Clock.now());
    }

    @PreUpdate
    void stampUpdate(BaseEntity entity) {
        entity.stampUpdated(Actor.current(), Clock.now());
    }

    @PostPersist
    void created(BaseEntity entity) {
        write(AuditAction.CREATE, entity);
    }

    @PostUpdate
    void updated(BaseEntity entity) {
        write(AuditAction.UPDATE, entity);
    }

    @PostRemove
    void removed(BaseEntity entity) {
        write(AuditAction.DELETE, entity);
    }

    private void write(AuditAction action, BaseEntity entity) {
        AuditTrail.instance().record(action, entity.getClass().getSimpleName(), entity.getId(), entity.auditSummary());
    }
}

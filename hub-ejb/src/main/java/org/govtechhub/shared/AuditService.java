package org.govtechhub.shared;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;

import java.util.List;

/** The audit log as administrators read it. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class AuditService extends CrudService<AuditEntry> {

    public AuditService() {
        super(AuditEntry.class);
    }

    /** The history of one record, newest first. */
    public List<AuditEntry> historyOf(String entityType, Long entityId) {
        return em.createNamedQuery("AuditEntry.byRecord", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }
}

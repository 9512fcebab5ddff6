package org.govtechhub.shared;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** The audit log as administrators read it. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class AuditService extends CrudService<AuditEntry> {

    @Inject
    private AuditTrail auditTrail;

    public AuditService() {
        super(AuditEntry.class);
    }

    /** The history of one record, newest first. */
    public List<AuditEntry> historyOf(String entityType, Long entityId) {
        return em.createNamedQuery("AuditEntry.byRecord", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }

    /** Someone downloaded a report (what: the address and table): exports of people's data are accounted for. */
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT,
        Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public void exported(String what) {
        auditTrail.record(AuditAction.EXPORTED, "Report", null, what);
    }
}

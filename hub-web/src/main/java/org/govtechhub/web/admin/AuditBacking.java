package org.govtechhub.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditEntry;
import org.govtechhub.shared.AuditService;
import org.govtechhub.web.shared.EntityLazyModel;

import java.io.Serializable;

/** admin/audit.xhtml: the audit log, newest first, filterable by actor, action and record. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    private EntityLazyModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(audit, AuditEntry::getId);
    }

    public EntityLazyModel<AuditEntry> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }
}

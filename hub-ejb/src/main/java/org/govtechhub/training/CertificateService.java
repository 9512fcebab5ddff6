package org.govtechhub.training;

import jakarta.ejb.EJB;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.shared.BusinessException;

import java.util.List;
import java.util.Optional;

/** Certificates: the holder's list, the public check by code, revocation. */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.CIVIL_SERVANT, Roles.SYSTEM})
public class CertificateService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** The certificate with this code, valid or revoked; nothing for an unknown or malformed code. */
    @PermitAll
    public Optional<Certificate> verify(String code) {
        String normalised = Certificate.normalise(code);
        if (normalised.length() != Certificate.CODE_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", normalised)
                .getResultStream().findFirst();
    }

    public List<Certificate> mine(String email) {
        return em.createNamedQuery("Certificate.ofPerson", Certificate.class).setParameter("email", email).getResultList();
    }

    /** A certificate for download: its holder's, or any for those who manage training. */
    public Certificate forDownload(String code, String email, boolean managesTraining) {
        caller.requireSelf(email);
        return verify(code).filter(c -> managesTraining || c.getEnrolment().getPerson().getEmail().equals(email))
                .orElseThrow(() -> BusinessException.notFound(code));
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Certificate revoke(String code, String reason) {
        Certificate certificate = verify(code).orElseThrow(() -> BusinessException.notFound(code));
        certificate.revoke(reason);
        return certificate;
    }
}

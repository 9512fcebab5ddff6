package org.govtechhub.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Roles;

/** Test only: runs a piece of work as someone who holds {@link Roles#CITIZEN} alone ({@link AsRole}). */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.CITIZEN)
public class AsCitizen implements AsRole.Runner {

    @Override
    public Throwable attempt(AsRole.Work work) {
        return AsRole.attemptHere(work);
    }
}

package org.govtechhub.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Roles;

/** Test only: runs a piece of work as someone who holds {@link Roles#STARTUP} alone ({@link AsRole}). */
@Stateless
@LocalBean
@PermitAll
@RunAs(Roles.STARTUP)
public class AsStartup implements AsRole.Runner {

    @Override
    public Throwable attempt(AsRole.Work work) {
        return AsRole.attemptHere(work);
    }
}

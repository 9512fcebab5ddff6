package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.identity.SignInResult;

import java.util.stream.Collectors;

/** Checks credentials against the people in the database, throttled by client address; the caller's groups are their roles. */
@ApplicationScoped
public class HubIdentityStore implements IdentityStore {

    @EJB
    private PersonService people;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = people.signIn(credential.getCaller(), credential.getPassword().getValue(), ClientAddress.of(request));
        attempt.setResult(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.email(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}

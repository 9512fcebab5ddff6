package org.govtechhub.web;

import jakarta.enterprise.context.RequestScoped;
import org.govtechhub.identity.SignInResult;

import java.util.Optional;

/** Carries the reason of a failed sign-in from the identity store to the login page, within one request. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    public Optional<SignInResult> getResult() {
        return Optional.ofNullable(result);
    }

    void setResult(SignInResult result) {
        this.result = result;
    }
}

package org.govtechhub.identity;

import java.util.Set;

/** The outcome of one sign-in attempt, with what the login page needs to say why it failed. */
public record SignInResult(Outcome outcome, String email, Set<Role> roles, String language) {

    /** REFUSED is an unknown or inactive account, a wrong password or a throttled attempt alike: nobody learns which. */
    public enum Outcome { SUCCESS, REFUSED, UNVERIFIED }

    static SignInResult success(Person person) {
        return new SignInResult(Outcome.SUCCESS, person.getEmail(), person.getRoles(), person.getPreferredLocale());
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, Set.of(), null);
    }

    /** The password was right, but the address was never verified. */
    static SignInResult unverified() {
        return new SignInResult(Outcome.UNVERIFIED, null, Set.of(), null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}

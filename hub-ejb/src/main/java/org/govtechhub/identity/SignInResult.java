package org.govtechhub.identity;

import java.time.LocalDateTime;
import java.util.Set;

/** The outcome of one sign-in attempt, with what the login page needs to say why it failed. */
public record SignInResult(Outcome outcome, String email, Set<Role> roles, String language, LocalDateTime lockedUntil) {

    public enum Outcome { SUCCESS, INVALID, LOCKED, UNVERIFIED }

    static SignInResult success(Person person) {
        return new SignInResult(Outcome.SUCCESS, person.getEmail(), person.getRoles(), person.getPreferredLocale(), null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), null, null);
    }

    static SignInResult locked(LocalDateTime until) {
        return new SignInResult(Outcome.LOCKED, null, Set.of(), null, until);
    }

    /** The password was right, but the address was never verified. */
    static SignInResult unverified() {
        return new SignInResult(Outcome.UNVERIFIED, null, Set.of(), null, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}

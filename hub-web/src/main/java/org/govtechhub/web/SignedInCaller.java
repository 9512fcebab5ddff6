package org.govtechhub.web;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in on a session: the caller's name and groups, kept as an immutable value in the
 * HTTP session so that every request restores both from the session itself (see
 * {@link SessionAuthenticationMechanism}). Serializable, so it survives session replication.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    SignedInCaller {
        groups = Set.copyOf(groups);
    }
}

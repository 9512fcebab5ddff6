package org.govtechhub.marketplace;

/** Who works a department's request for a solution: the startup that offers it, or a program manager. */
public enum RequestActor {
    STARTUP, MANAGER
}

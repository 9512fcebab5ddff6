package org.govtechhub.identity;

/** Departments are government bodies that own challenges; startups apply to them. */
public enum OrganisationKind {
    DEPARTMENT, STARTUP
}

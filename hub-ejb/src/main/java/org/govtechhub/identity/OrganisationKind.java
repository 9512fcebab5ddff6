package org.govtechhub.identity;

/** Departments are government bodies that own challenges; startups apply to them; NGOs and universities enter open-innovation awards. */
public enum OrganisationKind {
    DEPARTMENT, STARTUP, NGO, UNIVERSITY
}

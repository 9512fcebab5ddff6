package org.govtechhub.award;

import org.govtechhub.identity.OrganisationKind;

/**
 * Who enters: a department or agency, a team, an individual civil servant; an open-innovation nomination also
 * admits startups, NGOs and universities. Each type needs an organisation of the matching kind.
 */
public enum EntrantType {
    DEPARTMENT, TEAM, INDIVIDUAL, STARTUP, NGO, UNIVERSITY;

    /** The kind of organisation the entrant must belong to. */
    public OrganisationKind organisationKind() {
        return switch (this) {
            case DEPARTMENT, TEAM, INDIVIDUAL -> OrganisationKind.DEPARTMENT;
            case STARTUP -> OrganisationKind.STARTUP;
            case NGO -> OrganisationKind.NGO;
            case UNIVERSITY -> OrganisationKind.UNIVERSITY;
        };
    }

    /** The types an organisation of this kind may enter as. */
    public static java.util.List<EntrantType> forKind(OrganisationKind kind) {
        return java.util.Arrays.stream(values()).filter(t -> t.organisationKind() == kind).toList();
    }
}

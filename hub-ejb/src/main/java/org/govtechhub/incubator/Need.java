package org.govtechhub.incubator;

/** What a project asks the incubator and its network for. */
public enum Need {
    FUNDING, PARTNERS, PILOT_REGION, BUSINESS_MODEL, GOING_ABROAD, VOLUNTEERS, GOVERNMENT_SUPPORT
}

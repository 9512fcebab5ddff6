package org.govtechhub.incubator;

/** How a project pays its way, or means to. */
public enum BusinessModel {
    VOLUNTEER, DONATIONS, GRANTS, GOVERNMENT_CONTRACT, SUBSCRIPTION, FREEMIUM, ADVERTISING, LICENSING, UNDECIDED
}

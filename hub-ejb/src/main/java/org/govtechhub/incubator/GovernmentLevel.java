package org.govtechhub.incubator;

/** The level of government a project works with. */
public enum GovernmentLevel {
    MUNICIPAL, REGIONAL, FEDERAL
}

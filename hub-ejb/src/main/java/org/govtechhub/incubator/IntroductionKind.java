package org.govtechhub.incubator;

/** Whom a program manager introduced a project to: a mentor or an investor (people in the hub), or a partner organisation. */
public enum IntroductionKind {
    MENTOR, INVESTOR, PARTNER
}

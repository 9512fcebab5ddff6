package org.govtechhub.bench.dataset;

import org.govtechhub.identity.Role;

/**
 * The kinds of generated accounts, {@code <kind>.<n>@scale.govtech-hub.demo} with n from 1, one role each. The
 * load test signs in with these (README.md, "Production-size data"). Each kind has its own range of person ids.
 */
enum Account {
    ADMIN("admin", Role.ADMIN, 0),
    MANAGER("manager", Role.PROGRAM_MANAGER, 100_000),
    DEPARTMENT("department", Role.DEPARTMENT, 200_000),
    FOUNDER("founder", Role.STARTUP, 300_000),
    MENTOR("mentor", Role.MENTOR, 400_000),
    LEARNER("learner", Role.CIVIL_SERVANT, 500_000),
    JUROR("juror", Role.JUROR, 600_000);

    static final String DOMAIN = "@scale.govtech-hub.demo";
    /** The one password of every generated account. */
    static final String PASSWORD = "GovTechHub-scale-2026";

    final String kind;
    final Role role;
    private final long offset;

    Account(String kind, Role role, long offset) {
        this.kind = kind;
        this.role = role;
        this.offset = offset;
    }

    /** The person id of the account with 0-based number {@code n} (an SQL expression). */
    String id(String n) {
        return "(" + (Ids.PERSON + offset) + " + " + n + ")";
    }

    long id(long n) {
        return Ids.PERSON + offset + n;
    }

    /** The e-mail of the account with 0-based number {@code n} (an SQL expression): numbers in e-mails start at 1. */
    String email(String n) {
        return "CONCAT('" + kind + ".', " + n + " + 1, '" + DOMAIN + "')";
    }

    String email(long n) {
        return kind + "." + (n + 1) + DOMAIN;
    }

    /** How many accounts of this kind the volumes give. */
    int count(Volumes v) {
        return switch (this) {
            case ADMIN -> v.admins();
            case MANAGER -> v.programmes();
            case DEPARTMENT -> v.departments();
            case FOUNDER -> v.startups();
            case MENTOR -> v.mentors();
            case LEARNER -> v.learners();
            case JUROR -> v.jurors();
        };
    }
}

package org.govtechhub.mentoring;

/**
 * Whether mentors should come from the department that may become the startup's customer:
 * not at all, preferred (a criterion of the score), or required (other mentors are excluded).
 */
public enum DepartmentRule {
    NONE, PREFER, REQUIRE
}

package org.govtechhub.training;

/** How a course is given. */
public enum CourseFormat {
    ONLINE, OFFLINE, BLENDED
}

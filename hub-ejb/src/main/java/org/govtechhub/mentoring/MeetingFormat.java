package org.govtechhub.mentoring;

/** How a startup would like to meet its mentor. */
public enum MeetingFormat {
    ONLINE, OFFLINE, EITHER
}

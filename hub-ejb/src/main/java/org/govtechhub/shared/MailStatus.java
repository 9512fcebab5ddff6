package org.govtechhub.shared;

/** Whether a notification still has to be mailed: PENDING until the mail server accepted it. */
public enum MailStatus {
    PENDING, SENT
}

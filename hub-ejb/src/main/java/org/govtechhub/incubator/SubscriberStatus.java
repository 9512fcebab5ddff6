package org.govtechhub.incubator;

/** Double opt-in: pending until the address's owner opens the confirmation link, confirmed, and unsubscribed by one click. */
public enum SubscriberStatus {
    PENDING, CONFIRMED, UNSUBSCRIBED
}

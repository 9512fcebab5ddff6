package org.govtechhub.incubator;

/** Where a support request is in the program managers' pipeline. */
public enum SupportStatus {
    NEW, IN_PROGRESS, INTRODUCED, DONE, DECLINED;

    public boolean isOpen() {
        return this != DONE && this != DECLINED;
    }
}

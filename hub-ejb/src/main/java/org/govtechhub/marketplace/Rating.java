package org.govtechhub.marketplace;

import java.io.Serializable;

/**
 * The departments' reviews of a solution in short: the mean of their stars (0 without reviews) and how many. The
 * getters are for the pages (Jakarta EL 5 does not read a record's accessors).
 */
public record Rating(double mean, long count) implements Serializable {

    public double getMean() {
        return mean;
    }

    public long getCount() {
        return count;
    }
}

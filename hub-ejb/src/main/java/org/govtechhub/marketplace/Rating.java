package org.govtechhub.marketplace;

import java.io.Serializable;

/** The departments' reviews of a solution in short: the mean of their stars (0 without reviews) and how many. */
public record Rating(double mean, long count) implements Serializable {
}

package org.govtechhub.marketplace;

import java.io.Serializable;

/** The marketplace's filters: a lot, the kind of evidence, a price model; null for any. */
public record SolutionFilter(SolutionCategory category, Evidence evidence, PriceModel priceModel) implements Serializable {

    public static SolutionFilter any() {
        return new SolutionFilter(null, null, null);
    }
}

package org.govtechhub.marketplace;

/** How a solution is priced: per user and month, a fixed price, per transaction, per unit and year, a day rate. */
public enum PriceModel {
    PER_USER_MONTH, FIXED, PER_TRANSACTION, PER_UNIT_YEAR, PER_DAY
}

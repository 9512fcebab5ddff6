package org.govtechhub.ideas;

/**
 * The districts of the demo city, Moscow: its administrative okrugs (translated in the bundles, {@code District.*}).
 * An idea names one of them, or says where in its own words.
 */
public enum District {
    CENTRAL, NORTHERN, NORTH_EASTERN, EASTERN, SOUTH_EASTERN, SOUTHERN, SOUTH_WESTERN, WESTERN, NORTH_WESTERN,
    ZELENOGRAD, NOVOMOSKOVSKY, TROITSKY
}

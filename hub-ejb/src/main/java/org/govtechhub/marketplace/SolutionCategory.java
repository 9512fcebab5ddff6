package org.govtechhub.marketplace;

/** The marketplace's lots, after the UK Digital Marketplace: G-Cloud's three lots and Digital Outcomes and Specialists. */
public enum SolutionCategory {
    CLOUD_HOSTING, CLOUD_SOFTWARE, CLOUD_SUPPORT, DIGITAL_OUTCOMES, DIGITAL_SPECIALISTS
}

package org.govtechhub.procurement;

/** The fixed list of categories an opportunity is published in, after the UK Digital Marketplace's lots. */
public enum Category {
    DIGITAL_OUTCOMES, DIGITAL_SPECIALISTS, USER_RESEARCH, CLOUD_HOSTING, CLOUD_SOFTWARE, CLOUD_SUPPORT, RESEARCH_AND_DEVELOPMENT
}

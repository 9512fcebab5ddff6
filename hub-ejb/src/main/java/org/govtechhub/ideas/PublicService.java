package org.govtechhub.ideas;

/** The public service an idea is about: a fixed list, translated in the bundles ({@code PublicService.*}). */
public enum PublicService {
    TRANSPORT, ROADS_AND_PARKING, HOUSING_AND_UTILITIES, HEALTHCARE, EDUCATION, SOCIAL_SUPPORT, ENVIRONMENT_AND_PARKS,
    PUBLIC_SAFETY, CULTURE_AND_SPORT, DIGITAL_SERVICES, OTHER
}

package org.govtechhub.training;

/** OECD core skills for public-sector innovation, and digital skills. */
public enum SkillCategory {
    CORE, DIGITAL
}

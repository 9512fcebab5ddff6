package org.govtechhub.mentoring;

import org.govtechhub.shared.Tags;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompatibilityScorerTest {

    private static final CompatibilityScorer.Weights WEIGHTS = new CompatibilityScorer.Weights(5, 3, 2, 2, false);

    private static Organisation organisation(long id, String name, OrganisationKind kind) throws ReflectiveOperationException {
        Organisation organisation = new Organisation(name, kind);
        Field field = org.govtechhub.shared.BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(organisation, id);
        return organisation;
    }

    private static MentorProfile mentor(Organisation organisation, String expertise, String sectors, String languages) {
        MentorProfile profile = new MentorProfile(new Person("Maria Jansen", "maria@example.org", organisation, EnumSet.of(Role.MENTOR)));
        profile.setExpertise(expertise);
        profile.setSectors(sectors);
        profile.setLanguages(languages);
        return profile;
    }

    private static StartupNeeds needs(String expertise, String sector, String language) throws ReflectiveOperationException {
        StartupNeeds needs = new StartupNeeds(organisation(99, "OpenPermit Labs", OrganisationKind.STARTUP));
        needs.setWantedExpertise(expertise);
        needs.setSector(sector);
        needs.setLanguage(language);
        return needs;
    }

    @Test
    void aCivilServantCoveringHalfTheWantedExpertiseInTheSectorAndLanguageScores80() throws Exception {
        Organisation amsterdam = organisation(1, "City of Amsterdam", OrganisationKind.DEPARTMENT);

        Map<String, Integer> points = CompatibilityScorer.breakdown(mentor(amsterdam, "Procurement, UX", "govtech", "english, dutch"),
                needs("procurement, service design", "GovTech", "English"), WEIGHTS);

        // expertise 1/2 x 5/12 = 20.8 -> 21; sector 3/12 = 25; language 2/12 = 16.7 -> 17; government 2/12 -> 17
        assertEquals(Map.of("expertise", 21, "sector", 25, "language", 17, "government", 17), points);
        assertEquals(80, CompatibilityScorer.score(points));
    }

    @Test
    void whenTheRoundPrefersTheCustomerDepartmentOnlyItsCivilServantsGetTheGovernmentPoints() throws Exception {
        Organisation amsterdam = organisation(1, "City of Amsterdam", OrganisationKind.DEPARTMENT);
        Organisation scotland = organisation(2, "Transport Scotland", OrganisationKind.DEPARTMENT);
        StartupNeeds needs = needs("procurement", "govtech", "english");
        needs.setCustomerDepartment(amsterdam);
        CompatibilityScorer.Weights prefer = new CompatibilityScorer.Weights(5, 3, 2, 2, true);

        int fromCustomer = CompatibilityScorer.breakdown(mentor(amsterdam, "x", "y", "z"), needs, prefer).get("government");
        int fromElsewhere = CompatibilityScorer.breakdown(mentor(scotland, "x", "y", "z"), needs, prefer).get("government");

        assertEquals(17, fromCustomer);
        assertEquals(0, fromElsewhere);
    }

    @Test
    void aMentorsSkillsCountTowardsTheWantedExpertise() throws Exception {
        MentorProfile mentor = mentor(organisation(1, "City of Amsterdam", OrganisationKind.DEPARTMENT), "procurement", "", "");
        mentor.setSkills("Service design");

        int expertise = CompatibilityScorer.breakdown(mentor, needs("procurement, service design", "x", "y"), WEIGHTS).get("expertise");

        assertEquals(42, expertise); // 2 of 2 wanted areas x 5/12 = 41.7 -> 42
    }

    @Test
    void tagsCompareWithoutCaseOrSpacesAndPrintSorted() {
        Tags tags = Tags.parse(" UX, procurement ;ux, Data ");

        assertEquals("data, procurement, ux", tags.toString());
        assertEquals(2, tags.overlap(Tags.parse("ux, data, law")));
    }
}

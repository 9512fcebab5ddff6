package org.govtechhub.incubator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.shared.StartupData;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The incubator's demo panel of experts and a few of their reviews, released: the demo expert has published one and
 * has one invitation waiting. The comments judge only what the projects' own descriptions (the seeds) say.
 */
@Startup
@Singleton
@DependsOn("IncubatorDemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class ReviewDemoData {

    @EJB
    private StartupData startup;

    private static final String MANAGER = "manager" + DemoData.DEMO_DOMAIN;
    private static final String EXPERT = "expert" + DemoData.DEMO_DOMAIN;
    private static final String TRANSPORT_EXPERT = "m.orlov" + DemoData.DEMO_DOMAIN;
    private static final String RELIEF_EXPERT = "a.fischer" + DemoData.DEMO_DOMAIN;

    @EJB
    private ReviewService reviews;

    @EJB
    private ProjectService projects;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || reviews.profile(EXPERT).isPresent() || projects.mine(MANAGER).isEmpty()) {
            return;
        }
        reviews.declareExpertise(EXPERT, EnumSet.of(Sector.TRANSPARENCY, Sector.CIVIC_PARTICIPATION, Sector.PUBLIC_SERVICES),
                EnumSet.of(Need.FUNDING, Need.GOVERNMENT_SUPPORT, Need.GOING_ABROAD), 5, "Open data and civic participation.");
        reviews.declareExpertise(TRANSPORT_EXPERT, EnumSet.of(Sector.TRANSPORT), EnumSet.of(Need.FUNDING, Need.PILOT_REGION, Need.PARTNERS), 4,
                "Public transport and smart cities.");
        reviews.declareExpertise(RELIEF_EXPERT, EnumSet.of(Sector.EMERGENCY_RELIEF, Sector.CIVIC_PARTICIPATION), EnumSet.of(Need.VOLUNTEERS), 4,
                "Emergency response and volunteering.");

        review("Rosgospending", EXPERT, false, Recommendation.SUPPORT,
                5, "Public spending made readable by citizens, journalists and suppliers is a public good in itself.",
                4, "The project already affects all public procurements, so the technology has proved itself at national scale.",
                3, "No business model is stated; the project depends on its founder's work and on grants.",
                4, "Procurement data of every region is public, so any region's spending can be analysed the same way.",
                4, "Ivan Begtin's team is known for open data work; the project needs more people to grow beyond its founder.");
        review("bus62.ru", TRANSPORT_EXPERT, false, Recommendation.SUPPORT,
                5, "Passengers in Ryazan see when their bus comes, and the city sees how its transport runs.",
                4, "The technology is proven on GLONASS sensors that public transport already carries.",
                4, "Licensing to cities fits; a large company's interest shows there is a market.",
                5, "Any city whose buses carry GLONASS sensors could run it.",
                4, "A small team with a working system; a partner for sales to other cities would help.");
        review("Russian Fires", RELIEF_EXPERT, true, Recommendation.SUPPORT_WITH_CHANGES,
                5, "It connects people hit by fires with those who can help, where help is needed.",
                4, "Crowdsourcing of needs and offers by category and place works; it needs moderation at peak times.",
                3, "Volunteer-run; it needs stable funding between emergencies.",
                4, "The same team built Холода.инфо on the same model, so it carries over to other emergencies.",
                4, "Its founder's practice was named among the best Gov 2.0 practices.");
        projects.mine(MANAGER).stream().filter(p -> p.getName().equals(IncubatorDemoData.FIRST_PROJECT)).findFirst()
                .ifPresent(p -> reviews.invite(p.getId(), EXPERT));
    }

    /** The expert is invited, submits the five scores with their comments, and the manager releases the review. */
    private void review(String projectName, String expert, boolean anonymous, Recommendation recommendation, Object... scoresAndComments) {
        Project project = projects.mine(MANAGER).stream().filter(p -> p.getName().equals(projectName)).findFirst().orElse(null);
        if (project == null) {
            return;
        }
        Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        ReviewCriterion[] criteria = ReviewCriterion.values();
        for (int i = 0; i < criteria.length; i++) {
            scores.put(criteria[i], (Integer) scoresAndComments[2 * i]);
            comments.put(criteria[i], (String) scoresAndComments[2 * i + 1]);
        }
        ExpertReview review = reviews.invite(project.getId(), expert);
        reviews.submit(review.getId(), expert, scores, comments, recommendation, anonymous);
        reviews.release(review.getId(), MANAGER);
    }
}

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
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.StartupData;

import java.util.List;

/**
 * The incubator's demo posts, written by the program manager from the seed documents only: the first case-study
 * conference on e-government in Moscow (its figures and the social projects presented), StreetJournal as a case study,
 * and a world digest of the Startup in Residence programmes' published results. Each tagged with the demo projects it
 * is about. Loaded once, after the catalogue's demo projects.
 */
@Startup
@Singleton
@DependsOn("IncubatorDemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class PromotionDemoData {

    @EJB
    private StartupData startup;

    @EJB
    private PromotionService promotion;

    @EJB
    private PersonService people;

    /** Each post's steps are the service's own transactions, as a manager's would be. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        String manager = "manager" + DemoData.DEMO_DOMAIN;
        if (!demo || people.findByEmail(manager).isEmpty() || promotion.countAll() > 0) {
            return;
        }
        post(manager, PostKind.NEWS, "The first case-study conference on e-government in Moscow",
                "On November 26 the first e-government conference based on case studies took place in Moscow: 273 participants, "
                        + "80% of them officials, and 52 reports.",
                "The conference gathered the best practices of e-government in Russia, discussed cooperation between regions and "
                        + "which projects could be multiplied in other regions, and how to lower the budget costs of e-government "
                        + "in regions and towns.\n\nThe subjects: electronic public services in education and healthcare; in social "
                        + "welfare, transport, housing, safety and construction; authorities 2.0 and social media; social "
                        + "initiatives, crowdsourcing and non-government projects.\n\nA section of its own presented the most "
                        + "successful social e-government projects, among them Russian Fires, Nepofigizm and StreetJournal.",
                List.of("russian-fires", "nepofigizm", "streetjournal"));
        post(manager, PostKind.CASE_STUDY, "StreetJournal: city problems on a map, for the bodies responsible",
                "Residents post their street's problems on a map; each reaches the authority, organisation or agency responsible "
                        + "for that part of the city.",
                "StreetJournal is a successful Russian analogue of SeeClickFix. Residents do not know which authority is "
                        + "responsible for a problem in their street; StreetJournal lets them post it on a map, and it reaches those "
                        + "responsible for the area. The authorities are loyal to it, and the mayor of Samara began to use it "
                        + "actively.",
                List.of("streetjournal", "seeclickfix"));
        post(manager, PostKind.WORLD_DIGEST, "Startup in Residence: what the programmes report",
                "Amsterdam's and the United States' Startup in Residence programmes pair startups with the departments that "
                        + "have a problem to solve; their published results.",
                "Amsterdam (2015–2018): 12 programmes, 51 challenges, 340 applications, 34 startups and more than 70 civil "
                        + "servants; 85% of the startups kept working with the department.\n\nThe United States (from 2014, more "
                        + "than 30 cities): more than 1,000 applications, 86 startups, 38 departments; 80% won a government "
                        + "contract.",
                List.of());
    }

    private void post(String manager, PostKind kind, String title, String summary, String body, List<String> projects) {
        Post post = promotion.draft(kind, title, manager);
        post.setSummary(summary);
        post.setBody(body);
        List<String> published = projects.stream().filter(slug -> promotion.projectToTag(slug).isPresent()).toList();
        promotion.update(post, published);
        promotion.publish(post.getId());
    }
}

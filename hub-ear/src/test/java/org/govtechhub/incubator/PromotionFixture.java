package org.govtechhub.incubator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.identity.Person;

import java.util.List;

/**
 * Program managers, published projects and posts through the real services, with unique titles so tests never meet
 * (other tests' and the demo's posts share the feeds). Each method is one transaction.
 */
@Stateless
public class PromotionFixture {

    @EJB
    private IncubatorFixture incubator;

    @EJB
    private PromotionService promotion;

    @EJB
    private DigestService digest;

    public Person manager() {
        return incubator.manager("Promotion Manager");
    }

    /** A project of a new founder's startup, published in the catalogue. */
    public Project publishedProject(String name) {
        return incubator.published(incubator.founder("Promotion Founder"), name, "RU-SAM");
    }

    /** A draft with a summary, tagged with the projects at these addresses. */
    public Post draft(Person manager, PostKind kind, String title, String summary, String... projectSlugs) {
        Post post = promotion.draft(kind, title, manager.getEmail());
        post.setSummary(summary);
        post.setBody("The text of " + title + ".\nA second paragraph.");
        return promotion.update(post, List.of(projectSlugs));
    }

    public Post published(Person manager, PostKind kind, String title, String summary, String... projectSlugs) {
        return promotion.publish(draft(manager, kind, title, summary, projectSlugs).getId());
    }

    /** Subscribed and confirmed, without the mails (the confirmation's notification is queued all the same). */
    public Subscriber confirmed(String email, String language) {
        Subscriber subscriber = digest.subscribe(email, language);
        return digest.confirm(subscriber.getToken());
    }
}

package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.ExpertProfile;
import org.govtechhub.incubator.ExpertReview;
import org.govtechhub.incubator.Need;
import org.govtechhub.incubator.ReviewService;
import org.govtechhub.incubator.Sector;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * incubator/expert/reviews.xhtml: an expert's invitations and reviews, newest first, and the expertise they declare
 * (sectors, the needs they can judge, how many reviews they take at once), which the managers' proposals read.
 */
@Named
@ViewScoped
public class ExpertReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewService reviewService;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<ExpertReview> reviews;
    private Sector[] sectors;
    private Need[] needs;
    private int capacity = 3;
    private String biography;

    public void load() {
        reviews = reviewService.reviewsOf(user.email());
        reviewService.profile(user.email()).ifPresent(this::show);
    }

    private void show(ExpertProfile profile) {
        sectors = profile.getSectors().toArray(Sector[]::new);
        needs = profile.getNeeds().toArray(Need[]::new);
        capacity = profile.getCapacity();
        biography = profile.getBiography();
    }

    public void saveExpertise() {
        show(reviewService.declareExpertise(user.email(), setOf(Sector.class, sectors), setOf(Need.class, needs), capacity, biography));
        messages.info("incubator_expertReviews.expertiseSaved");
    }

    private static <E extends Enum<E>> Set<E> setOf(Class<E> type, E[] chosen) {
        return chosen == null || chosen.length == 0 ? EnumSet.noneOf(type) : EnumSet.copyOf(Arrays.asList(chosen));
    }

    public boolean isDeclared() {
        return reviewService.profile(user.email()).isPresent();
    }

    public Sector[] getAllSectors() {
        return Sector.values();
    }

    public Need[] getAllNeeds() {
        return Need.values();
    }

    public List<ExpertReview> getReviews() {
        return reviews;
    }

    public Sector[] getSectors() {
        return sectors;
    }

    public void setSectors(Sector[] sectors) {
        this.sectors = sectors;
    }

    public Need[] getNeeds() {
        return needs;
    }

    public void setNeeds(Need[] needs) {
        this.needs = needs;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getBiography() {
        return biography;
    }

    public void setBiography(String biography) {
        this.biography = biography;
    }
}

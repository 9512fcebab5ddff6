package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.award.AwardEdition;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.AwardService;
import org.govtechhub.award.Nomination;

import java.util.List;

/**
 * awards/results.xhtml (public): the published editions; with ?edition=… one edition's winners, special prizes
 * and finalists by nomination (view-scoped, so the language switch keeps the edition). An unknown or unpublished edition is "not found" (404).
 */
@Named
@ViewScoped
public class ResultsBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AwardService awards;

    private Long edition;
    private AwardEdition shown;
    private List<Nomination> nominations;
    private List<AwardEntry> results;
    private List<AwardEdition> editions;

    public void load() {
        if (edition != null) {
            shown = awards.published(edition);
            nominations = awards.nominations(shown);
            results = awards.results(shown);
        }
    }

    /** A nomination's winners and special prizes first, then its other finalists. */
    public List<AwardEntry> resultsOf(Nomination nomination) {
        return results.stream().filter(e -> e.getNomination().equals(nomination)).toList();
    }

    public List<AwardEdition> getEditions() {
        if (editions == null) {
            editions = awards.publishedEditions();
        }
        return editions;
    }

    public Long getEdition() {
        return edition;
    }

    public void setEdition(Long edition) {
        this.edition = edition;
    }

    public AwardEdition getShown() {
        return shown;
    }

    public List<Nomination> getNominations() {
        return nominations;
    }
}

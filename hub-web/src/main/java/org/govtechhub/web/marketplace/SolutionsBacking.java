package org.govtechhub.web.marketplace;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.marketplace.Evidence;
import org.govtechhub.marketplace.PriceModel;
import org.govtechhub.marketplace.Solution;
import org.govtechhub.marketplace.SolutionCategory;
import org.govtechhub.marketplace.SolutionFilter;
import org.govtechhub.marketplace.SolutionService;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * marketplace/solutions.xhtml?category=&evidence=&price=: the listed solutions for everyone, filtered by lot, evidence
 * and price model (kept in the address), ten a page from the database.
 */
@Named
@ViewScoped
public class SolutionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SolutionService solutions;

    private SolutionCategory category;
    private Evidence evidence;
    private PriceModel price;
    private PagedModel<Solution> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> solutions.count(filter()), (first, max) -> solutions.search(filter(), first, max));
    }

    private SolutionFilter filter() {
        return new SolutionFilter(category, evidence, price);
    }

    /** Filters again from the first page, with the filters in the address. */
    public String go() {
        return "/marketplace/solutions?faces-redirect=true&includeViewParams=true";
    }

    public SolutionCategory[] getCategories() {
        return SolutionCategory.values();
    }

    public Evidence[] getEvidences() {
        return Evidence.values();
    }

    public PriceModel[] getPriceModels() {
        return PriceModel.values();
    }

    public LazyDataModel<Solution> getModel() {
        return model;
    }

    public SolutionCategory getCategory() {
        return category;
    }

    public void setCategory(SolutionCategory category) {
        this.category = category;
    }

    public Evidence getEvidence() {
        return evidence;
    }

    public void setEvidence(Evidence evidence) {
        this.evidence = evidence;
    }

    public PriceModel getPrice() {
        return price;
    }

    public void setPrice(PriceModel price) {
        this.price = price;
    }
}

package org.govtechhub.web.marketplace;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.marketplace.Solution;
import org.govtechhub.marketplace.SolutionService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** marketplace/manage/solutions.xhtml: the submitted and published solutions for the program managers, the submitted first. */
@Named
@ViewScoped
public class ManageSolutionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SolutionService solutions;

    private PagedModel<Solution> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> solutions.countForManagers(), (first, max) -> solutions.forManagers(first, max));
    }

    public boolean expired(Solution solution) {
        return solution.isAccreditationExpired(Clock.now().toLocalDate());
    }

    public LazyDataModel<Solution> getModel() {
        return model;
    }
}

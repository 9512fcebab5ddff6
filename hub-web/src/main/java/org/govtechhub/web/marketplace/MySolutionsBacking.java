package org.govtechhub.web.marketplace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.marketplace.SellingService;
import org.govtechhub.marketplace.Solution;
import org.govtechhub.marketplace.SolutionService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;

import java.util.List;

/** marketplace/my-solutions.xhtml: the founder's startup's solutions with their status and evidence. */
@Named
@RequestScoped
public class MySolutionsBacking {

    @EJB
    private SolutionService solutions;

    @Inject
    private CurrentUser user;

    private List<Solution> mine;

    public void load() {
        mine = solutions.mine(user.email());
    }

    public boolean listed(Solution solution) {
        return solution.isListed(Clock.now().toLocalDate());
    }

    public List<Solution> getMine() {
        return mine;
    }
}

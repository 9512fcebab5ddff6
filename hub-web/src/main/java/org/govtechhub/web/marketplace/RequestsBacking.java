package org.govtechhub.web.marketplace;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.marketplace.RequestActor;
import org.govtechhub.marketplace.RequestService;
import org.govtechhub.marketplace.RequestStatus;
import org.govtechhub.marketplace.SolutionRequest;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * marketplace/requests.xhtml: the requests the caller made (a department), receives (a startup) or oversees (a program
 * manager), newest first, each with the steps the caller may take now; a decline takes its reason from the row.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RequestService requests;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private PagedModel<SolutionRequest> model;
    private boolean manager;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        manager = user.isInRole("PROGRAM_MANAGER");
        String email = user.email();
        model = new PagedModel<>(() -> requests.countRequests(email, manager), (first, max) -> requests.requests(email, manager, first, max));
    }

    public void move(SolutionRequest request, RequestStatus next) {
        SolutionRequest moved = requests.move(request.getId(), next, reasons.get(request.getId()), user.email(), manager);
        messages.info("marketplace_requests.moved", moved.getSolution().getName(), moved.getDepartment().getName(), next);
        reasons.remove(request.getId());
    }

    /** Whether the caller may take this step on the request now: never the department, the startup and managers by the request's rule. */
    public boolean may(SolutionRequest request, RequestStatus next) {
        RequestActor actor = manager ? RequestActor.MANAGER
                : user.isInRole("STARTUP") ? RequestActor.STARTUP : null;
        return actor != null && request.getStatus().next().contains(next) && next.takenBy().contains(actor);
    }

    public LazyDataModel<SolutionRequest> getModel() {
        return model;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

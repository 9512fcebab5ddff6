package org.govtechhub.web.ideas;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.ideas.Idea;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** ideas/mine.xhtml: my ideas, newest first, with their status and answer, twenty a page. */
@Named
@ViewScoped
public class MineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IdeaService ideas;

    @Inject
    private CurrentUser user;

    private PagedModel<Idea> model;

    @PostConstruct
    void init() {
        String email = user.email();
        model = new PagedModel<>(() -> ideas.countMine(email), (first, max) -> ideas.mine(email, first, max));
    }

    public LazyDataModel<Idea> getModel() {
        return model;
    }
}

package org.govtechhub.web.ideas;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.ideas.Idea;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** ideas/manage/inbox.xhtml: the published ideas no department answers yet, oldest first, for the moderators to assign. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IdeaService ideas;

    private PagedModel<Idea> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> ideas.countUnassigned(), (first, max) -> ideas.unassigned(first, max));
    }

    public LazyDataModel<Idea> getModel() {
        return model;
    }
}

package org.govtechhub.web.procurement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.procurement.Category;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.Arrays;

/** procurement/subscriptions.xhtml: the startup's category alerts; a new opportunity in one of them is notified. */
@Named
@RequestScoped
public class SubscriptionsBacking {

    @EJB
    private TenderService tenders;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Category[] chosen;

    @PostConstruct
    void init() {
        chosen = tenders.subscriptions(user.email()).toArray(Category[]::new);
    }

    public void save() {
        chosen = tenders.subscribe(Arrays.asList(chosen), user.email()).toArray(Category[]::new);
        messages.info("procurement_subscriptions.saved", chosen.length);
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Category[] getChosen() {
        return chosen;
    }

    public void setChosen(Category[] chosen) {
        this.chosen = chosen == null ? new Category[0] : chosen;
    }
}

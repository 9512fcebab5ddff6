package org.govtechhub.web.award.manage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.award.AwardEdition;
import org.govtechhub.award.AwardService;

import java.util.List;

/** awards/manage/editions.xhtml: every edition, newest first. */
@Named
@RequestScoped
public class EditionsBacking {

    @EJB
    private AwardService awards;

    private List<AwardEdition> editions;

    public List<AwardEdition> getEditions() {
        if (editions == null) {
            editions = awards.editions();
        }
        return editions;
    }
}

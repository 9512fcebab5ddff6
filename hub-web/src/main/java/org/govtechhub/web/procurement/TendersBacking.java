package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.procurement.Tender;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.web.shared.CurrentUser;

import java.util.List;

/** procurement/manage/tenders.xhtml: the department's opportunities and PCP calls, newest first. */
@Named
@RequestScoped
public class TendersBacking {

    @EJB
    private TenderService tenders;

    @Inject
    private CurrentUser user;

    private List<Tender> mine;

    public List<Tender> getMine() {
        if (mine == null) {
            mine = tenders.ofMyDepartment(user.email());
        }
        return mine;
    }
}

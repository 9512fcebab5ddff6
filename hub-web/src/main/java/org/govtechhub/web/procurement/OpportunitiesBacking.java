package org.govtechhub.web.procurement;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.procurement.Category;
import org.govtechhub.procurement.PcpCall;
import org.govtechhub.procurement.PcpService;
import org.govtechhub.procurement.Procedure;
import org.govtechhub.procurement.Tender;
import org.govtechhub.procurement.TenderFilter;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.web.shared.PagedModel;

import java.io.Serializable;
import java.util.List;

/** procurement/opportunities.xhtml: the open opportunities, filtered and paged by the database; PCP calls; recent awards. */
@Named
@ViewScoped
public class OpportunitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenderService tenders;

    @EJB
    private PcpService pcp;

    private final TenderFilter filter = new TenderFilter();
    private PagedModel<Tender> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> tenders.countOpen(filter), (first, max) -> tenders.open(filter, first, max));
    }

    public List<Tender> getClosed() {
        return tenders.closed(10);
    }

    public List<PcpCall> getCalls() {
        return pcp.publishedCalls();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Procedure[] getProcedures() {
        return Procedure.values();
    }

    public TenderFilter getFilter() {
        return filter;
    }

    public PagedModel<Tender> getModel() {
        return model;
    }
}

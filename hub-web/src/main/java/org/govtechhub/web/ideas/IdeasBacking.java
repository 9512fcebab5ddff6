package org.govtechhub.web.ideas;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.ideas.District;
import org.govtechhub.ideas.Idea;
import org.govtechhub.ideas.IdeaFilter;
import org.govtechhub.ideas.IdeaListStatus;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.ideas.IdeaSort;
import org.govtechhub.ideas.PublicService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * ideas/index.xhtml?status=&amp;service=&amp;district=&amp;department=&amp;sort=: the public list of ideas with their
 * statuses, filtered and sorted as the address says (so a list can be shared), twenty a page from the database.
 */
@Named
@ViewScoped
public class IdeasBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IdeaService ideas;

    private IdeaListStatus status;
    private PublicService service;
    private District district;
    private Long department;
    private IdeaSort sort = IdeaSort.SUPPORTERS;
    private PagedModel<Idea> model;
    private List<Organisation> departments;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> ideas.count(filter()), (first, max) -> ideas.page(filter(), sort, first, max));
    }

    private IdeaFilter filter() {
        return new IdeaFilter(status, service, district, department);
    }

    /** Filters again from the first page, with the choices in the address. */
    public String go() {
        return "/ideas/index?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Idea> getModel() {
        return model;
    }

    public List<Organisation> getDepartments() {
        if (departments == null) {
            departments = ideas.departments();
        }
        return departments;
    }

    public IdeaListStatus[] getStatuses() {
        return IdeaListStatus.values();
    }

    public PublicService[] getServices() {
        return PublicService.values();
    }

    public District[] getDistricts() {
        return District.values();
    }

    public IdeaSort[] getSorts() {
        return IdeaSort.values();
    }

    public IdeaListStatus getStatus() {
        return status;
    }

    public void setStatus(IdeaListStatus status) {
        this.status = status;
    }

    public PublicService getService() {
        return service;
    }

    public void setService(PublicService service) {
        this.service = service;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public IdeaSort getSort() {
        return sort;
    }

    public void setSort(IdeaSort sort) {
        this.sort = sort == null ? IdeaSort.SUPPORTERS : sort;
    }
}

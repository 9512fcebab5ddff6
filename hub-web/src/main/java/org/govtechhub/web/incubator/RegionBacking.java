package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.ReplicationService;
import org.govtechhub.web.shared.CurrentUser;

import java.io.Serializable;

/**
 * incubator/region.xhtml?code=: a region's page, for everyone: the projects that run there, those being adopted there,
 * what its neighbours use, and what it could adopt. An unknown code is "not found" (404).
 */
@Named
@ViewScoped
public class RegionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReplicationService replication;

    @Inject
    private CurrentUser user;

    private String code;
    private ReplicationService.RegionView view;

    public void load() {
        view = replication.region(code);
    }

    public String regionName(Region region) {
        return region.name(user.locale());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ReplicationService.RegionView getView() {
        return view;
    }
}

package org.govtechhub.web.incubator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.ReplicationService;
import org.govtechhub.web.shared.CurrentUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** incubator/replication.xhtml: the public replication map, which projects run in how many regions, and each region's count. */
@Named
@ViewScoped
public class ReplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReplicationService replication;

    @Inject
    private CurrentUser user;

    private ReplicationService.ReplicationMap map;

    @PostConstruct
    void init() {
        map = replication.map();
    }

    public ReplicationService.ReplicationMap getMap() {
        return map;
    }

    public List<Map.Entry<Region, Long>> getRegions() {
        return new ArrayList<>(map.regions().entrySet());
    }

    /** The widest share of the longest bar: for drawing each region's count as a bar. */
    public long getMostInARegion() {
        return map.regions().values().stream().mapToLong(Long::longValue).max().orElse(1);
    }

    public String regionName(Region region) {
        return region.name(user.locale());
    }
}

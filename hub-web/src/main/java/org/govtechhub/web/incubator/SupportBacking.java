package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.incubator.SupportRequest;
import org.govtechhub.incubator.SupportService;
import org.govtechhub.incubator.SupportStatus;

import java.util.List;
import java.util.Map;

/**
 * incubator/manage/support.xhtml?status=: the program managers' support pipeline, one step at a time (new requests by
 * default), the oldest first, with how many requests are at each step.
 */
@Named
@RequestScoped
public class SupportBacking {

    @EJB
    private SupportService supportService;

    private String status;
    private List<SupportRequest> requests;
    private Map<SupportStatus, Long> counts;

    public void load() {
        counts = supportService.countByStatus();
        requests = supportService.inStatus(getShown());
    }

    /** The step shown: the one asked for, or the new requests when the address names none (or nothing meaningful). */
    public SupportStatus getShown() {
        for (SupportStatus s : SupportStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return SupportStatus.NEW;
    }

    public SupportStatus[] getSteps() {
        return SupportStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<SupportRequest> getRequests() {
        return requests;
    }

    public Map<SupportStatus, Long> getCounts() {
        return counts;
    }
}

package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.govtechhub.procurement.PcpCall;
import org.govtechhub.procurement.PcpPhase;
import org.govtechhub.procurement.PcpService;
import org.govtechhub.procurement.PcpSupplier;

import java.math.BigDecimal;
import java.util.List;

/** procurement/pcp.xhtml?id=: a PCP call for everyone — its phases, the suppliers kept at each and the money per phase. */
@Named
@RequestScoped
public class PcpBacking {

    @EJB
    private PcpService pcp;

    private Long id;
    private PcpCall call;
    private List<PcpSupplier> suppliers;

    public void load() {
        call = pcp.published(id);
        suppliers = pcp.suppliers(call);
    }

    public BigDecimal awarded(PcpPhase phase) {
        return pcp.awarded(call, phase);
    }

    /** The suppliers that reached a phase. */
    public List<PcpSupplier> in(PcpPhase phase) {
        return call.hasReached(phase) ? suppliers.stream().filter(s -> s.hasReached(phase)).toList() : List.of();
    }

    public PcpPhase[] getPhases() {
        return PcpPhase.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PcpCall getCall() {
        return call;
    }

    public List<PcpSupplier> getSuppliers() {
        return suppliers;
    }
}

package org.govtechhub.web.mentoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.mentoring.MentoringHealthService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/** mentoring/health.xhtml: how the pairs are doing; remind the mentors of quiet pairs. */
@Named
@RequestScoped
public class HealthBacking {

    @EJB
    private MentoringHealthService health;

    @Inject
    private Messages messages;

    private List<ReportTable> tables;

    public void remind() {
        messages.info("mentoring_health.reminded", health.remindQuietPairs());
        tables = null;
    }

    public List<ReportTable> getTables() {
        if (tables == null) {
            tables = health.report();
        }
        return tables;
    }
}

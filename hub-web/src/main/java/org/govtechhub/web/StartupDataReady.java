package org.govtechhub.web;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.govtechhub.shared.StartupData;

/**
 * The web module starts after the EJB module, whose start-up singletons — the loaders of the start-up data —
 * have all run by then: this is the moment to mark the start-up data loaded, so that another server starting (or
 * waiting) loads none of it again.
 */
@WebListener
public class StartupDataReady implements ServletContextListener {

    @EJB
    private StartupData startupData;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startupData.loaded();
    }
}

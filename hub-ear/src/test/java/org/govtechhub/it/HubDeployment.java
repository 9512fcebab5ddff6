package org.govtechhub.it;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds what a test deploys, from what the build really packaged (target/hub.ear and its parts):
 * <ul>
 *   <li>{@link #services()}: the EJB module with its libraries and the test's own classes, in a test
 *       WAR: domain, services, Flyway and the database, without the web layer;</li>
 *   <li>{@link #application()}: the packaged EAR as users get it, for HTTP and browser tests.</li>
 * </ul>
 * Paths come from Failsafe's system properties (hub-ear/pom.xml).
 */
public final class HubDeployment {

    private final List<Class<?>> classes = new ArrayList<>();
    private final String name;

    private HubDeployment(String name) {
        this.name = name;
    }

    /** The services of hub-ejb with the test classes given next. */
    public static HubDeployment services() {
        return new HubDeployment("hub-services-test");
    }

    /** The packaged application, deployed as is. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file("hub.ear"));
    }

    public HubDeployment with(Class<?>... testClasses) {
        classes.addAll(Arrays.asList(testClasses));
        return this;
    }

    public Archive<?> build() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(file("hub.ejb.jar"))
                .addClasses(classes.toArray(Class<?>[]::new))
                .addClass(HubDeployment.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        for (File library : Objects.requireNonNull(file("hub.ear.lib").listFiles((dir, n) -> n.endsWith(".jar")))) {
            war.addAsLibrary(library);
        }
        return war;
    }

    private static File file(String property) {
        String path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with ./mvnw verify");
        }
        return new File(path);
    }
}

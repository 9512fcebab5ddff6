package org.govtechhub.it;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds what a test deploys, from what the build really packaged (target/hub.ear and its parts):
 * <ul>
 *   <li>{@link #services()}: the EJB module with its libraries and the test's own classes, in a test
 *       WAR: domain, services, Flyway and the database, without the web layer (single pieces of it
 *       on request: {@link #withWebModule}); the test runs as SYSTEM, the identity of the system's own work,
 *       allowed by every service (a test of who may call what uses {@link AsRole});</li>
 *   <li>{@link #application()}: the packaged EAR as users get it, for HTTP and browser tests.</li>
 * </ul>
 * Paths come from Failsafe's system properties (hub-ear/pom.xml).
 */
public final class HubDeployment {

    private final List<Class<?>> classes = new ArrayList<>();
    private final List<String> webModulePaths = new ArrayList<>();
    private final List<Class<?>> librariesOf = new ArrayList<>();
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

    /**
     * Classes and resources of the packaged web module (hub-web.war) whose path under WEB-INF/classes
     * starts with one of these, e.g. {@code "org/govtechhub/web/shared/MailDispatcher"}: the web
     * layer's pieces a service test needs, without JSF and its pages.
     */
    public HubDeployment withWebModule(String... pathPrefixes) {
        webModulePaths.addAll(Arrays.asList(pathPrefixes));
        return this;
    }

    /** The jar files (from the test's classpath) that hold these classes, as libraries of the test WAR. */
    public HubDeployment withLibrariesOf(Class<?>... classesInJars) {
        librariesOf.addAll(Arrays.asList(classesInJars));
        return this;
    }

    public Archive<?> build() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(file("hub.ejb.jar"))
                .addClasses(classes.toArray(Class<?>[]::new))
                .addClass(HubDeployment.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // the test servlet runs as SYSTEM; the roles mapped as in the application (and for it.AsRole)
                .addAsWebInfResource("services-war/web.xml", "web.xml")
                .addAsWebInfResource("services-war/glassfish-web.xml", "glassfish-web.xml");
        for (File library : Objects.requireNonNull(file("hub.ear.lib").listFiles((dir, n) -> n.endsWith(".jar")))) {
            war.addAsLibrary(library);
        }
        if (!webModulePaths.isEmpty()) {
            addFromWebModule(war);
        }
        for (Class<?> inJar : librariesOf) {
            war.addAsLibrary(jarOf(inJar));
        }
        return war;
    }

    private void addFromWebModule(WebArchive war) {
        WebArchive web = ShrinkWrap.createFromZipFile(WebArchive.class, file("hub.web.war"));
        String classes = "/WEB-INF/classes/";
        int added = 0;
        for (Map.Entry<ArchivePath, Node> entry : web.getContent().entrySet()) {
            String path = entry.getKey().get();
            Asset asset = entry.getValue().getAsset();
            if (asset != null && path.startsWith(classes)
                    && webModulePaths.stream().anyMatch(prefix -> path.substring(classes.length()).startsWith(prefix))) {
                war.add(asset, entry.getKey());
                added++;
            }
        }
        if (added == 0) {
            throw new IllegalStateException("Nothing in hub-web.war starts with " + webModulePaths);
        }
    }

    private static File jarOf(Class<?> inJar) {
        try {
            return new File(inJar.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No jar file found for " + inJar, e);
        }
    }

    private static File file(String property) {
        String path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with ./mvnw verify");
        }
        return new File(path);
    }
}

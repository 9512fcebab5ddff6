package org.govtechhub.load;

import java.time.Duration;

/**
 * The benchmark's settings, as system properties ({@code -Dload.…} on the Maven command line reach the simulation):
 * <ul>
 *   <li>{@code load.url}: the running application, default {@code http://127.0.0.1:8080/hub/};</li>
 *   <li>{@code load.accounts}: {@code demo} (the demo accounts, default) or {@code scale} (the production-size data set);</li>
 *   <li>{@code load.model}: {@code open} (default: users arrive over the ramp, think between requests) or {@code closed}
 *       (a constant number of users in flight, no think time);</li>
 *   <li>{@code load.users} (20), {@code load.duration} (60 s), {@code load.ramp} (10 s), {@code load.think.min} and
 *       {@code load.think.max} (seconds: 3 and 8 in the open model, 0 in the closed one);</li>
 *   <li>{@code load.maxFailedPercent}: the assertion on failed requests (0);</li>
 *   <li>{@code load.smoke=true}: one user per journey, each journey once, no think time (what {@code LoadSmokeIT} runs, with {@code load.sharedWrites=false}).</li>
 * </ul>
 */
final class LoadSettings {

    private LoadSettings() {
    }

    static String url() {
        String url = System.getProperty("load.url", "http://127.0.0.1:8080/hub/");
        return url.endsWith("/") ? url : url + "/";
    }

    static boolean demoAccounts() {
        return !"scale".equals(System.getProperty("load.accounts", "demo"));
    }

    static boolean closedModel() {
        return "closed".equals(System.getProperty("load.model", "open"));
    }

    static boolean smoke() {
        return Boolean.getBoolean("load.smoke");
    }

    /**
     * {@code load.sharedWrites=false}: no writes on records other tests expect as the demo data left them (enrolling,
     * approving, applying, scoring, logging, a new matching round); the uniquely titled challenge drafts stay.
     */
    static boolean sharedWrites() {
        return !"false".equals(System.getProperty("load.sharedWrites"));
    }

    static int users() {
        return Integer.getInteger("load.users", 20);
    }

    static Duration duration() {
        return Duration.ofSeconds(Long.getLong("load.duration", 60));
    }

    static Duration ramp() {
        return Duration.ofSeconds(Long.getLong("load.ramp", 10));
    }

    static Duration thinkMin() {
        return think("load.think.min", 3);
    }

    static Duration thinkMax() {
        return think("load.think.max", 8);
    }

    private static Duration think(String property, long openDefault) {
        long fallback = smoke() || closedModel() ? 0 : openDefault;
        return Duration.ofMillis((long) (Double.parseDouble(System.getProperty(property, Long.toString(fallback))) * 1000));
    }

    static double maxFailedPercent() {
        return Double.parseDouble(System.getProperty("load.maxFailedPercent", "0"));
    }
}

package org.govtechhub.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The hub's load benchmark: every role signs in and loops its journey ({@link Journeys}) for the duration, in a role
 * mix like a real hub's (many learners and founders, few administrators). Settings: {@link LoadSettings}; how to run
 * and read it: docs/benchmarks.md, "Load benchmark (Gatling)".
 */
public class HubSimulation extends Simulation {

    /** Role, account kind, share of the users (per cent), how many accounts the production-size data set has, journey. */
    record Role(String kind, int share, int scaleAccounts, Supplier<ChainBuilder> journey) {
    }

    static final List<Role> ROLES = List.of(
            new Role("learner", 40, 50_000, Journeys::learner),
            new Role("founder", 25, 20_000, Journeys::founder),
            new Role("mentor", 10, 2_000, Journeys::mentor),
            new Role("department", 8, 300, Journeys::department),
            new Role("juror", 7, 500, Journeys::juror),
            new Role("manager", 7, 30, Journeys::manager),
            new Role("admin", 3, 5, Journeys::admin));

    static final String DEMO_PASSWORD = "GovTechHub-demo-2026";
    static final String SCALE_PASSWORD = "GovTechHub-scale-2026";

    private final HttpProtocolBuilder protocol = http.baseUrl(LoadSettings.url()).acceptLanguageHeader("en")
            .userAgentHeader("GovTechHub-load (Gatling)");

    {
        setUp(ROLES.stream().map(this::population).toList())
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lte(LoadSettings.maxFailedPercent()));
    }

    private PopulationBuilder population(Role role) {
        ChainBuilder iteration = exec(Journeys.freshIds()).exec(role.journey().get());
        ScenarioBuilder scenario = scenario(role.kind()).feed(accounts(role)).exec(Journeys.signIn());
        if (LoadSettings.smoke()) {
            return scenario.exec(iteration).injectOpen(atOnceUsers(1));
        }
        scenario = scenario.during(LoadSettings.duration()).on(iteration);
        int users = Math.max(1, Math.round(LoadSettings.users() * role.share() / 100f));
        return LoadSettings.closedModel()
                ? scenario.injectClosed(constantConcurrentUsers(users).during(LoadSettings.duration()))
                : scenario.injectOpen(rampUsers(users).during(LoadSettings.ramp()));
    }

    /** Demo: the role's one demo account; scale: a random one of its kind, so users spread over the data set. */
    private static Iterator<Map<String, Object>> accounts(Role role) {
        return Stream.generate(() -> LoadSettings.demoAccounts()
                ? Map.<String, Object>of("email", role.kind() + "@govtech-hub.demo", "password", DEMO_PASSWORD)
                : Map.<String, Object>of("email", role.kind() + "." + (1 + ThreadLocalRandom.current().nextInt(role.scaleAccounts()))
                        + "@scale.govtech-hub.demo", "password", SCALE_PASSWORD)).iterator();
    }
}

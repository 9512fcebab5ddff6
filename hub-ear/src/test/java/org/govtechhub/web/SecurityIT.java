package org.govtechhub.web;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDatabase;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Who may open what, over HTTP against the packaged EAR on the real database. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromAnyProtectedPageAndFromTheRootToTheCatalogue() throws Exception {
        HubClient visitor = new HubClient();

        HttpResponse<String> frontDoor = visitor.get("");
        assertEquals(302, frontDoor.statusCode());
        assertTrue(location(frontDoor).endsWith("/hub/projects"), location(frontDoor));
        for (String page : new String[] {"home.xhtml", "admin/people.xhtml", "undeclared.xhtml", "incubator/my-projects.xhtml",
            "incubator/manage/moderation.xhtml"}) {
            HttpResponse<String> response = visitor.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(location(response).endsWith("/hub/login.xhtml"), page + " -> " + location(response));
        }
    }

    @Test
    void aCivilServantIsRefusedTheAdministrationWithATranslatedPageThatLeaksNothing() throws Exception {
        HubClient learner = new HubClient();
        learner.signInAsDemo("learner");

        HttpResponse<String> refused = learner.get("admin/people.xhtml");

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Your roles do not give you access to this page."), refused.body());
        assertFalse(refused.body().contains("Caused by") || refused.body().contains("\tat ") || refused.body().contains("org.govtechhub"));
    }

    @Test
    void anAdministratorOpensThePeopleList() throws Exception {
        HubClient admin = new HubClient();
        admin.signInAsDemo("admin");

        HttpResponse<String> people = admin.get("admin/people.xhtml");

        assertEquals(200, people.statusCode());
        assertTrue(people.body().contains("id=\"people:table\""), "the people table");
        assertTrue(people.body().contains("Add a person"));
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() throws Exception {
        HubClient founder = new HubClient();
        founder.get("login.xhtml");
        String before = founder.sessionId().orElseThrow();

        HttpResponse<String> signedIn = founder.signInAsDemo("founder");

        assertEquals(302, signedIn.statusCode());
        assertTrue(location(signedIn).endsWith("/hub/home.xhtml"), location(signedIn));
        assertNotEquals(before, founder.sessionId().orElseThrow());
        assertEquals(200, founder.get("home.xhtml").statusCode());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertEquals(1, cookie.split("SameSite", -1).length - 1, "one SameSite attribute: " + cookie);
        assertFalse(cookie.contains("Secure"), "not Secure over plain HTTP, or the browser would drop it: " + cookie);
        assertTrue(signedIn.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    @Test
    void overTlsTheSessionCookieIsSecureAndBrowsersAreToldToComeBackOnlyOverTls() throws Exception {
        HubClient founder = HubClient.overTls();

        HttpResponse<String> signedIn = founder.signInAsDemo("founder");

        assertEquals(302, signedIn.statusCode());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
        assertEquals(1, cookie.split("SameSite", -1).length - 1, cookie);
        assertEquals("max-age=31536000", signedIn.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertEquals(200, founder.get("home.xhtml").statusCode());
    }

    @Test
    void theServersMetricsAreRefusedToAVisitorWhileTheHealthCheckStaysOpen() throws Exception {
        HubClient visitor = new HubClient();

        HttpResponse<String> metrics = visitor.get("/metrics");
        HttpResponse<String> metricsOverTls = HubClient.overTls().get("/metrics");

        assertNotEquals(200, metrics.statusCode(), metrics.body());
        assertEquals(401, metricsOverTls.statusCode(), metricsOverTls.body());
        for (HttpResponse<String> refused : List.of(metrics, metricsOverTls)) {
            assertFalse(refused.body().contains("jvm") || refused.body().contains("base_"), refused.body());
        }
        assertEquals(200, visitor.get("/health").statusCode());
    }

    @Test
    void theDevelopmentServerAnswersOnLoopbackOnlyOnEveryPortItOpens() throws Exception {
        List<InetAddress> outward = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address).forEach(outward::add);
            }
        }
        assumeFalse(outward.isEmpty(), "this machine has no network address besides loopback");

        // HTTP, HTTPS, admin console, IIOP (plain, TLS, mutual TLS), JMX, the Data Grid
        int[] ports = {8080, 8181, 4848, 3700, 3820, 3920, 8686, 4900};
        for (int port : ports) {
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            } catch (IOException closed) {
                if (port == 8080 || port == 8181 || port == 4848) {
                    throw new AssertionError("the server should answer on 127.0.0.1:" + port, closed);
                }
            }
            for (InetAddress address : outward) {
                try (Socket remote = new Socket()) {
                    remote.connect(new InetSocketAddress(address, port), 2_000);
                    throw new AssertionError("the server answers on " + address.getHostAddress() + ":" + port);
                } catch (IOException refused) {
                    // expected: nothing listens there
                }
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> english = new HubClient("en").signIn("mentor@govtech-hub.demo", "not the password at all");
        HttpResponse<String> russian = new HubClient("ru").signIn("nobody@govtech-hub.demo", "not the password at all");

        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("The email or the password is not right, or there were too many attempts"));
        assertTrue(russian.body().contains("Неверная электронная почта или пароль, или было слишком много попыток"));
    }

    @Test
    void aPageAddressWithAMalformedOrUnknownParameterAnswersNotFoundNeverAnError() throws Exception {
        HubClient admin = new HubClient();
        admin.signInAsDemo("admin");
        HubClient mentor = new HubClient();
        mentor.signInAsDemo("mentor");

        for (String page : new String[] {"admin/person.xhtml?id=abc", "admin/person.xhtml?id=99999999",
                "admin/organisation.xhtml?id=-1", "admin/training-profile.xhtml"}) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(404, response.statusCode(), page);
            assertTrue(response.body().contains("There is no such page."), page);
        }
        assertEquals(404, mentor.get("mentoring/sessions.xhtml?match=123456").statusCode());
        assertEquals(200, admin.get("admin/person.xhtml").statusCode(), "without an id the page creates a person");
    }

    @Test
    void restEndpointsDeclareTheirRoles() throws Exception {
        HubClient juror = new HubClient();
        juror.signInAsDemo("juror");
        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");

        HttpResponse<String> me = juror.get("api/me");
        HttpResponse<String> refused = juror.get("api/organisations");
        HttpResponse<String> organisations = manager.get("api/organisations");

        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("juror@govtech-hub.demo") && me.body().contains("JUROR"), me.body());
        assertEquals(403, refused.statusCode());
        assertEquals(200, organisations.statusCode());
        assertTrue(organisations.body().contains("Transport Scotland"), organisations.body());
    }

    @Test
    void healthIncludingTheDatabaseAndTheOpenApiDocumentAreServed() throws Exception {
        HubClient monitor = new HubClient();

        HttpResponse<String> ready = monitor.get("/health/ready");
        HttpResponse<String> live = monitor.get("/health/live");
        HttpResponse<String> openApi = monitor.get("/openapi");

        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
        assertEquals(200, live.statusCode());
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/me"), openApi.body());
    }

    @Test
    void onlyAnAdministratorDownloadsEverythingHeldAboutAPersonAndAnonymisesOneWhoLeaves() throws Exception {
        HubClient admin = new HubClient();
        admin.signInAsDemo("admin");
        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");
        String email = "leaving." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> created = admin.submit("admin/person.xhtml", "person",
                Map.of("fullName", "Leaving Colleague", "email", email, "password", "a long enough password 1"), "save");
        assertEquals(302, created.statusCode(), created.body());
        long id = personId(email);

        HttpResponse<String> export = admin.get("admin/personal-data/" + id + ".json");

        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(export.body().contains(email) && export.body().contains("\"person.id\""), export.body());
        assertFalse(export.body().contains("password_hash"), "no secrets in the export");
        assertEquals(403, manager.get("admin/personal-data/" + id + ".json").statusCode());
        assertEquals(404, admin.get("admin/personal-data/999999999999.json").statusCode());
        assertEquals(404, admin.get("admin/personal-data/abc.json").statusCode());

        HttpResponse<String> unconfirmed = admin.submit("admin/person.xhtml?id=" + id, "personalData", Map.of(), "anonymise");
        assertTrue(unconfirmed.body().contains("Tick the confirmation first"), unconfirmed.body());
        HttpResponse<String> anonymised = admin.submit("admin/person.xhtml?id=" + id, "personalData", Map.of("confirm_input", "on"), "anonymise");
        assertEquals(302, anonymised.statusCode(), anonymised.body());
        assertEquals(-1, personIdOrNone(email), "the address is gone");
        assertEquals(200, new HubClient().signIn(email, "a long enough password 1").statusCode(), "the account cannot sign in");
    }

    private static long personId(String email) throws Exception {
        long id = personIdOrNone(email);
        assertTrue(id > 0, email);
        return id;
    }

    private static long personIdOrNone(String email) throws Exception {
        return HubDatabase.number("SELECT id FROM person WHERE email = ?", email);
    }
}

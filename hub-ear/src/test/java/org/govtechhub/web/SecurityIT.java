package org.govtechhub.web;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
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
}

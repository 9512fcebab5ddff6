package org.govtechhub.web;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each demo role in a real browser (Debian's headless Chromium): signs in, sees their own home page,
 * switches to Russian, signs out, and finds Russian kept for them at the next sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class MainJourneyBrowserIT {

    private Browser person;
    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @BeforeEach
    void openBrowser() {
        person = new Browser();
        browser = person.driver();
        wait = person.waiting();
    }

    @AfterEach
    void closeBrowser() {
        person.close();
    }

    @Test
    void theAdministratorManagesPeopleInTwoLanguages() {
        journey("admin", "ADMIN", "Главная");
        signIn("admin");
        browser.get(HubClient.base() + "admin/people.xhtml");
        browser.findElement(By.cssSelector("#people\\:table .ui-column-filter")).sendKeys("Priya");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:table"), "1-1 / 1"));
        assertTrue(browser.findElement(By.id("people:table")).getText().contains("Priya Raman"));
    }

    @Test
    void theAdministratorAddsAPersonAndAShortPasswordIsExplainedWithoutLosingTheForm() {
        signIn("admin");
        browser.get(HubClient.base() + "admin/person.xhtml");
        String email = "aroha.ngata." + System.nanoTime() + "@example.org";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person:fullName"))).sendKeys("Aroha Ngata");
        browser.findElement(By.id("person:email")).sendKeys(email);
        browser.findElement(By.xpath("//label[text()='Civil servant (learner)']")).click();
        browser.findElement(By.id("person:password")).sendKeys("too short");
        browser.findElement(By.id("person:save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The password must have at least 12 characters."));
        assertEquals("Aroha Ngata", browser.findElement(By.id("person:fullName")).getAttribute("value"));
        assertEquals(email, browser.findElement(By.id("person:email")).getAttribute("value"));

        browser.findElement(By.id("person:password")).sendKeys("a long enough passphrase");
        browser.findElement(By.id("person:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Aroha Ngata is saved."));

        browser.get(HubClient.base() + "admin/audit.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:table"), email));
    }

    @Test
    void aGuesserIsSlowedDownAtTheirAddressWhileTheOwnerSignsInFromTheirs() throws Exception {
        signIn("admin");
        browser.get(HubClient.base() + "admin/person.xhtml");
        String email = "ewan.stewart." + System.nanoTime() + "@example.org";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person:fullName"))).sendKeys("Ewan Stewart");
        browser.findElement(By.id("person:email")).sendKeys(email);
        browser.findElement(By.xpath("//label[text()='Mentor']")).click();
        browser.findElement(By.id("person:password")).sendKeys("a long enough passphrase");
        browser.findElement(By.id("person:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Ewan Stewart is saved."));

        HubClient guesser = new HubClient().from("198.51.100.66");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertTrue(guesser.signIn(email, "guess number " + attempt).body().contains("The email or the password is not right, or there "
                    + "were too many attempts: wait a minute, then try again."), "attempt " + attempt);
        }
        HttpResponse<String> guesserWithTheRightOne = guesser.signIn(email, "a long enough passphrase");
        HttpResponse<String> owner = new HubClient().from("192.0.2.14").signIn(email, "a long enough passphrase");

        assertEquals(200, guesserWithTheRightOne.statusCode(), "the guesser's address waits, even with the right password");
        assertTrue(guesserWithTheRightOne.body().contains("The email or the password is not right, or there were too many attempts"));
        assertEquals(302, owner.statusCode(), "the owner, elsewhere, is not locked out");
    }

    @Test
    void theProgramManagerSeesTheirHomePage() {
        journey("manager", "PROGRAM_MANAGER", "Главная");
    }

    @Test
    void theDepartmentSeesTheirHomePage() {
        journey("department", "DEPARTMENT", "Главная");
    }

    @Test
    void theFounderSeesTheirHomePage() {
        journey("founder", "STARTUP", "Главная");
    }

    @Test
    void theMentorSeesTheirHomePage() {
        journey("mentor", "MENTOR", "Главная");
    }

    @Test
    void theCivilServantSeesTheirHomePage() {
        journey("learner", "CIVIL_SERVANT", "Главная");
    }

    @Test
    void theJurorSeesTheirHomePage() {
        journey("juror", "JUROR", "Главная");
    }

    @Test
    void theExpertSeesTheirHomePage() {
        journey("expert", "EXPERT", "Главная");
    }

    private void journey(String login, String role, String russianHomeTitle) {
        signIn(login);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hub-dashboard-" + role)));
        assertEquals("Home", browser.findElement(By.id("page-title")).getText());

        browser.findElement(By.id("topbar:lang-ru")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), russianHomeTitle));
        assertTrue(browser.findElement(By.id("topbar:logout")).getText().contains("Выйти"));

        signOut();
        signIn(login);
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), russianHomeTitle));

        browser.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Home"));
        signOut();
    }

    private void signIn(String login) {
        person.signIn(login);
    }

    private void signOut() {
        person.signOut();
    }
}

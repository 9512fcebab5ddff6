package org.govtechhub.web;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.RolePages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Content-Security-Policy keeps injected script out, and the application's own pages live with it: a visitor and
 * every demo role open every page they reach from their menus (and the pages linked from those) in Chromium, whose
 * console reports anything the policy refused, during the page's load or after; the AJAX parts still work; and a script
 * or an event handler slipped into a page without the page's nonce does not run.
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyBrowserIT {

    private static final List<String> ROLES = List.of("admin", "manager", "department", "founder", "mentor", "learner", "juror", "expert", "citizen");
    private static final Pattern SCRIPT_SRC = Pattern.compile("(?:^|;)\\s*script-src ([^;]*)");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void aVisitorAndEveryRoleOpenEveryPageOfTheirMenusWithoutAnythingRefusedByThePolicy() throws Exception {
        List<String> refused = new ArrayList<>();
        int opened = 0;
        try (Browser browser = new Browser()) {
            Set<String> publicPages = onePerView(RolePages.publicPages(new HubClient()));
            opened += visit("visitor", browser, publicPages, refused);
            for (String role : ROLES) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(role);
                HubClient sameSession = new HubClient().inSession(browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
                opened += visit(role, browser, onePerView(RolePages.pagesReachedBy(sameSession)), refused);
            }
        }
        System.out.println("Content-Security-Policy: " + opened + " pages opened in Chromium");
        assertTrue(opened > 150, "the visitor and the roles reached their pages: " + opened);
        assertEquals(List.of(), refused, refused.size() + " refusals by the policy on " + opened + " pages");
    }

    @Test
    void aPageSendsOnePolicyWithItsOwnNonceAndNeitherInlineNorEvalForScripts() throws Exception {
        HubClient visitor = new HubClient();
        HttpResponse<String> page = visitor.get("procurement/opportunities.xhtml");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, not two that are both enforced: " + policies);
        String policy = policies.get(0);
        Matcher scripts = SCRIPT_SRC.matcher(policy);
        assertTrue(scripts.find(), policy);
        Matcher nonce = NONCE.matcher(scripts.group(1));
        assertTrue(nonce.find(), "scripts need the page's nonce: " + policy);
        assertEquals("'self' 'nonce-" + nonce.group(1) + "'", scripts.group(1).strip(), "scripts: the application's own files and the nonce only");
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'") && policy.contains("base-uri 'self'")
                && policy.contains("form-action 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's own scripts carry the nonce");

        Matcher next = NONCE.matcher(visitor.get("procurement/opportunities.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(next.find());
        assertNotEquals(nonce.group(1), next.group(1), "every page gets a nonce of its own");

        HttpResponse<String> missing = visitor.get("error/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        List<String> errorPolicies = missing.headers().allValues("Content-Security-Policy");
        assertEquals(1, errorPolicies.size(), "the error page has one policy too: " + errorPolicies);
        Matcher errorNonce = NONCE.matcher(errorPolicies.get(0));
        assertTrue(errorNonce.find() && missing.body().contains("nonce=\"" + errorNonce.group(1) + "\""),
                "the error page's scripts carry its policy's nonce: " + errorPolicies);

        HttpResponse<String> json = visitor.get("api/catalogue/projects");
        assertEquals(200, json.statusCode());
        assertEquals(List.of(policy.replace(" 'nonce-" + nonce.group(1) + "';", "")), json.headers().allValues("Content-Security-Policy"),
                "what is not a page gets the same policy without a nonce: no script of its own at all");
    }

    @Test
    void aFormPostedBackWithoutItsPagesNonceIsRefusedWithTheTranslatedErrorPageNotAStackTrace() throws Exception {
        HubClient visitor = new HubClient();
        HttpResponse<String> login = visitor.get("login.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertTrue(state.find());
        HttpResponse<String> posted = visitor.post("login.xhtml", Map.of("login", "login", "login:email", "mentor@govtech-hub.demo",
                "login:password", "not the password", "login:submit", "", "jakarta.faces.ViewState", state.group(1)));
        assertEquals(500, posted.statusCode(), "a postback PrimeFaces cannot match to its page");
        assertTrue(posted.body().contains("The hub could not complete your request."), posted.body());
        assertFalse(posted.body().contains("CspException") || posted.body().contains("nonce mismatch") || posted.body().contains("\tat org."),
                "no stack trace: " + posted.body());
        assertEquals(1, posted.headers().allValues("Content-Security-Policy").size(), "the error page has one policy");
    }

    @Test
    void aScriptOrAnEventHandlerInjectedIntoAPageDoesNotRunWhileThePagesOwnScriptsDo() {
        try (Browser visitor = new Browser()) {
            visitor.open("procurement/opportunities.xhtml");
            visitor.find(By.id("filter:search"));
            JavascriptExecutor page = (JavascriptExecutor) visitor.driver();
            assertEquals(List.of(), visitor.policyViolations(), "the page itself is not refused anything");

            page.executeScript("var script = document.createElement('script');"
                    + "script.textContent = 'window.injected = \"script\";';"
                    + "document.body.appendChild(script);"
                    + "var button = document.createElement('button');"
                    + "button.id = 'injected'; button.type = 'button'; button.textContent = 'injected';"
                    + "button.setAttribute('onclick', 'window.clicked = true;');"
                    + "document.body.appendChild(button);");
            WebElement injected = visitor.find(By.id("injected"));
            page.executeScript("arguments[0].click();", injected);

            assertEquals(Boolean.FALSE, page.executeScript("return window.injected === 'script';"), "an injected script without the nonce does not run");
            assertEquals(Boolean.FALSE, page.executeScript("return window.clicked === true;"), "an injected onclick attribute does not run");
            List<String> refused = visitor.policyViolations();
            assertEquals(2, refused.stream().filter(message -> message.contains("script-src")).count(),
                    "Chromium refused both by the script-src directive: " + refused);

            page.executeScript("var script = document.createElement('script');"
                    + "script.nonce = PrimeFaces.csp.NONCE_VALUE;"
                    + "script.textContent = 'window.withNonce = true;';"
                    + "document.body.appendChild(script);");
            assertEquals(Boolean.TRUE, page.executeScript("return window.withNonce === true;"),
                    "the same script with the page's nonce runs: the nonce, not a broken page, made the difference");
        }
    }

    @Test
    void theAjaxPartsWorkUnderThePolicy() {
        try (Browser visitor = new Browser()) {
            // a command button that updates part of the page, and the plain Faces language link, whose onclick the policy
            // would refuse if PrimeFaces had not moved it into the page's script with the nonce
            visitor.open("procurement/opportunities.xhtml");
            visitor.type("filter:minBudget_input", "999999999999");
            visitor.click(By.id("filter:search"));
            visitor.waitForText(By.id("results"), "No open opportunity matches.");
            visitor.click(By.id("topbar:lang-ru"));
            visitor.waitForText(By.id("page-title"), "Открытые закупки");
            assertEquals(List.of(), visitor.policyViolations());
        }
        try (Browser admin = new Browser()) {
            // a lazy table's rows per page and its next page, both AJAX
            admin.signIn("admin");
            admin.open("admin/people.xhtml");
            new Select(admin.find(By.cssSelector("#people\\:table .ui-paginator-rpp-options"))).selectByVisibleText("10");
            admin.waitForText(By.cssSelector("#people\\:table .ui-paginator-current"), "1-10 /");
            admin.click(By.cssSelector("#people\\:table .ui-paginator-next"));
            admin.waitForText(By.cssSelector("#people\\:table .ui-paginator-current"), "11-");
            assertEquals(List.of(), admin.policyViolations());
        }
    }

    /** Opens each page and keeps what the console reported about the policy, naming the role and the page. */
    private static int visit(String role, Browser browser, Set<String> pages, List<String> refused) {
        for (String page : pages) {
            browser.driver().get(HubClient.server() + page.substring(1));
            for (String violation : browser.policyViolations()) {
                refused.add(role + " " + page + ": " + violation);
            }
        }
        return pages.size();
    }

    /**
     * One address per view: the same page for another record (another id, another project's slug, another filter) runs
     * the same scripts, and the class stays within minutes.
     */
    private static Set<String> onePerView(Set<String> pages) {
        Map<String, String> views = new LinkedHashMap<>();
        for (String page : pages) {
            String view = page.replaceFirst("\\?.*", "").replaceFirst("^/hub/(projects|posts)/.+", "/hub/$1/*");
            views.putIfAbsent(view, page);
        }
        return new LinkedHashSet<>(views.values());
    }
}

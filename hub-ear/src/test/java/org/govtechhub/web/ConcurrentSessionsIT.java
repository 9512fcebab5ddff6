package org.govtechhub.web;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.RolePages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many people at once: every demo role signed in several times, 50 requests in flight at a time over every page and
 * export each role reaches from its menu and the pages linked from there, and parallel AJAX posts within one view.
 * Nobody may be refused a page they open fine alone (Payara issue 6145 with the built-in form mechanism), and nobody
 * may see someone else's page.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSessionsIT {

    private static final List<String> ROLES = List.of("admin", "manager", "department", "founder", "mentor", "learner", "juror", "expert", "citizen");
    private static final int SESSIONS_PER_ROLE = 3;
    private static final int IN_FLIGHT = 50;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void everyRoleOpensEveryOneOfItsPagesWhileFiftyRequestsAreInFlightAndSeesOnlyItsOwnPages() throws Exception {
        Map<String, List<HubClient>> sessions = new LinkedHashMap<>();
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        for (String role : ROLES) {
            List<HubClient> clients = new ArrayList<>();
            for (int i = 0; i < SESSIONS_PER_ROLE; i++) {
                HubClient client = new HubClient();
                assertEquals(302, client.signInAsDemo(role).statusCode(), role + " signs in");
                clients.add(client);
            }
            sessions.put(role, clients);
            pages.put(role, RolePages.reachedBy(clients.get(0)));
        }

        List<Callable<String>> requests = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String role : ROLES) {
                for (HubClient client : sessions.get(role)) {
                    for (String page : pages.get(role)) {
                        requests.add(() -> problemWith(role, client, page));
                    }
                }
            }
        }
        Collections.shuffle(requests, new Random(6145));
        List<String> problems = runInParallel(requests);

        int total = pages.values().stream().mapToInt(Set::size).sum();
        assertTrue(total > 60, "the crawl found the roles' pages: " + pages);
        assertEquals(List.of(), problems, problems.size() + " of " + requests.size() + " requests went wrong");
    }

    @Test
    void aHundredAjaxPostsWithinOneViewAllAnswerWithTheTable() throws Exception {
        HubClient admin = new HubClient();
        admin.signInAsDemo("admin");
        HttpResponse<String> page = admin.get("admin/people.xhtml");
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "the people page has a view state");
        String viewState = state.group(1);
        String nonce = HubClient.nonce(page.body()).orElseThrow();

        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int first = (i % 2) * 10;
            posts.add(() -> {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("jakarta.faces.partial.ajax", "true");
                form.put("jakarta.faces.source", "people:table");
                form.put("jakarta.faces.partial.execute", "people:table");
                form.put("jakarta.faces.partial.render", "people:table");
                form.put("people:table_pagination", "true");
                form.put("people:table_first", Integer.toString(first));
                form.put("people:table_rows", "10");
                form.put("people:table_skipChildren", "true");
                form.put("people:table_encodeFeature", "true");
                form.put("people", "people");
                form.put("jakarta.faces.ViewState", viewState);
                form.put(HubClient.NONCE_FIELD, nonce);
                HttpResponse<String> answer = admin.post("admin/people.xhtml", form);
                String body = answer.body();
                if (answer.statusCode() != 200 || !body.contains("<partial-response") || body.contains("<error>")
                        || !body.contains("people:table")) {
                    return "AJAX page from " + first + ": " + answer.statusCode() + " " + abbreviate(body);
                }
                return null;
            });
        }
        List<String> problems = runInParallel(posts);

        assertEquals(List.of(), problems, problems.size() + " of " + posts.size() + " AJAX posts went wrong");
    }

    /** Null when the page came back whole and was the caller's own; else what went wrong. */
    private static String problemWith(String role, HubClient client, String page) throws Exception {
        HttpResponse<String> answer = client.get(page);
        if (answer.statusCode() != 200) {
            return role + " " + page + ": " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("");
        }
        if (RolePages.isPage(answer) && !answer.body().contains("id=\"topbar:signed-in-as\">" + role + "@govtech-hub.demo<")) {
            return role + " " + page + ": not the caller's page";
        }
        return null;
    }

    private static List<String> runInParallel(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<String> problems = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(tasks)) {
                String problem = result.get();
                if (problem != null) {
                    problems.add(problem);
                }
            }
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String abbreviate(String body) {
        int error = body.indexOf("<error>");
        String shown = error >= 0 ? body.substring(error) : body;
        return shown.length() > 300 ? shown.substring(0, 300) + "…" : shown;
    }
}

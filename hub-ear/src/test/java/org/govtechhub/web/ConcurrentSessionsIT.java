package org.govtechhub.web;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    private static final List<String> ROLES = List.of("admin", "manager", "department", "founder", "mentor", "learner", "juror");
    private static final int SESSIONS_PER_ROLE = 3;
    private static final int IN_FLIGHT = 50;
    private static final Pattern LINK = Pattern.compile("href=\"(/hub/[^\"#]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** Links that are not pages to read: resources, signing out, the calendar feed (a token URL, not the person's own). */
    private static final List<String> NOT_PAGES = List.of("/hub/jakarta.faces.resource/", "logout", "/hub/mentoring/calendar/");

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
            pages.put(role, reachablePages(role, clients.get(0)));
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

    /** The role's menu pages and the pages and exports linked from them, each answering 200 when opened alone. */
    private static Set<String> reachablePages(String role, HubClient client) throws Exception {
        Set<String> found = new LinkedHashSet<>(List.of("/hub/home.xhtml"));
        Set<String> menu = links(client.get("home.xhtml").body());
        found.addAll(menu);
        for (String page : menu) {
            HttpResponse<String> answer = client.get(page);
            assertEquals(200, answer.statusCode(), role + " opens " + page + " alone");
            if (isPage(answer)) {
                found.addAll(links(answer.body()));
            }
        }
        for (String page : found) {
            assertEquals(200, client.get(page).statusCode(), role + " opens " + page + " alone");
        }
        return found;
    }

    private static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            String link = matcher.group(1).replace("&amp;", "&");
            if (NOT_PAGES.stream().noneMatch(link::contains)) {
                links.add(link);
            }
        }
        return links;
    }

    private static boolean isPage(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /** Null when the page came back whole and was the caller's own; else what went wrong. */
    private static String problemWith(String role, HubClient client, String page) throws Exception {
        HttpResponse<String> answer = client.get(page);
        if (answer.statusCode() != 200) {
            return role + " " + page + ": " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("");
        }
        if (isPage(answer) && !answer.body().contains("id=\"topbar:signed-in-as\">" + role + "@govtech-hub.demo<")) {
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

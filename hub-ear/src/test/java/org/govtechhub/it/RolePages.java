package org.govtechhub.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages a signed-in role reaches: its home page, the menu's pages and the pages and exports linked from those.
 * Each must answer 200 when opened alone, one request at a time.
 */
public final class RolePages {

    private static final Pattern LINK = Pattern.compile("href=\"(/hub/[^\"#]+)\"");
    /** Links that are not pages to read: resources, signing out, the calendar feed (a token URL, not the person's own). */
    private static final List<String> NOT_PAGES = List.of("/hub/jakarta.faces.resource/", "logout", "/hub/mentoring/calendar/");

    private RolePages() {
    }

    public static Set<String> reachedBy(HubClient client) throws IOException, InterruptedException {
        return crawled(client).keySet();
    }

    /** The HTML pages among {@link #reachedBy}, which a person reads in a browser: not the exports and downloads. */
    public static Set<String> pagesReachedBy(HubClient client) throws IOException, InterruptedException {
        Set<String> pages = new LinkedHashSet<>();
        crawled(client).forEach((page, html) -> {
            if (html) {
                pages.add(page);
            }
        });
        return pages;
    }

    /**
     * The pages a visitor who is not signed in reaches from the public top bar (on the catalogue, the front door) and the
     * pages linked from those that answer a page; a link that sends the visitor to sign in is not one of them.
     */
    public static Set<String> publicPages(HubClient visitor) throws IOException, InterruptedException {
        Set<String> pages = new LinkedHashSet<>(List.of("/hub/projects", "/hub/login.xhtml", "/hub/password-reset.xhtml"));
        Set<String> nav = links(visitor.get("projects").body());
        for (String page : nav) {
            HttpResponse<String> answer = visitor.get(page);
            if (answer.statusCode() == 200 && isPage(answer)) {
                pages.add(page);
                for (String linked : links(answer.body())) {
                    if (!pages.contains(linked)) {
                        HttpResponse<String> further = visitor.get(linked);
                        if (further.statusCode() == 200 && isPage(further)) {
                            pages.add(linked);
                        }
                    }
                }
            }
        }
        return pages;
    }

    /** Each page reached, and whether it is an HTML page. */
    private static Map<String, Boolean> crawled(HubClient client) throws IOException, InterruptedException {
        Set<String> found = new LinkedHashSet<>(List.of("/hub/home.xhtml"));
        Set<String> menu = links(client.get("home.xhtml").body());
        found.addAll(menu);
        for (String page : menu) {
            HttpResponse<String> answer = opened(client, page);
            if (isPage(answer)) {
                found.addAll(links(answer.body()));
            }
        }
        Map<String, Boolean> pages = new LinkedHashMap<>();
        for (String page : found) {
            pages.put(page, isPage(opened(client, page)));
        }
        return pages;
    }

    public static boolean isPage(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private static HttpResponse<String> opened(HubClient client, String page) throws IOException, InterruptedException {
        HttpResponse<String> answer;
        try {
            answer = client.get(page);
        } catch (HttpTimeoutException e) {
            throw new AssertionError(page + " did not answer in time", e);
        }
        if (answer.statusCode() != 200) {
            throw new AssertionError(page + " opened alone answers " + answer.statusCode());
        }
        return answer;
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
}

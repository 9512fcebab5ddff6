package org.govtechhub.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashSet;
import java.util.List;
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
        Set<String> found = new LinkedHashSet<>(List.of("/hub/home.xhtml"));
        Set<String> menu = links(client.get("home.xhtml").body());
        found.addAll(menu);
        for (String page : menu) {
            HttpResponse<String> answer = opened(client, page);
            if (isPage(answer)) {
                found.addAll(links(answer.body()));
            }
        }
        for (String page : found) {
            opened(client, page);
        }
        return found;
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

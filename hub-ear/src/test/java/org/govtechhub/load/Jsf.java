package org.govtechhub.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What a browser does with our JSF pages, as Gatling requests: open a page (status 200, the signed-in marker with
 * the virtual user's own e-mail, its view state kept), post one of its forms back as the browser would (every field
 * the page rendered, plus the pressed button and the caller's own values), and the PrimeFaces lazy table's AJAX
 * paging, sorting and filtering (a partial response without {@code <error>}).
 * The session keys: {@code email} (from the account feeder), {@code viewState} (of the page opened last).
 */
final class Jsf {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The page's nonce (PrimeFaces' CSP mode), which PrimeFaces' script posts back with every form of the view. */
    static final String NONCE = "primefaces.nonce";
    private static final String NONCE_OF_PAGE = "<script[^>]*\\snonce=\"([^\"]+)\"";
    private static final Pattern SESSION_KEY = Pattern.compile("#\\{(\\w+)}");

    private Jsf() {
    }

    /** The marker every signed-in page shows, with the user's own e-mail: nobody may see someone else's page. */
    static CheckBuilder signedIn() {
        return substring("id=\"topbar:signed-in-as\">#{email}<");
    }

    /** A signed-in page: 200, the user's own marker, and its view state for a postback. */
    static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), signedIn(), viewState(), nonce());
    }

    /** A page that is a plain download (CSV, XLSX, PDF): 200 and a body. */
    static HttpRequestActionBuilder download(String name, String path) {
        return http(name).get(path).check(status().is(200), regex("(?s).+").exists());
    }

    static CheckBuilder viewState() {
        return regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").optional().saveAs("viewState");
    }

    /** The nonce of the page opened last, for its AJAX posts. */
    static CheckBuilder nonce() {
        return regex(NONCE_OF_PAGE).optional().saveAs("nonce");
    }

    /**
     * Keeps the fields of the form with this id (as the page rendered them) under the session key {@code form.<id>}, and
     * the page's nonce, which a browser's PrimeFaces adds to the form, under {@code nonce.<id>}.
     */
    static CheckBuilder[] keepForm(String formId) {
        return new CheckBuilder[] {form("#" + formId).saveAs("form." + formId), regex(NONCE_OF_PAGE).optional().saveAs("nonce." + formId)};
    }

    /**
     * Posts the kept form {@code formId} back (a non-AJAX command button: the page answers with itself or a redirect that
     * is followed): its fields, overridden by {@code fields} (values may hold {@code #{key}} of the session), and
     * {@code button} pressed.
     */
    static HttpRequestActionBuilder submit(String name, String path, String formId, String button, Map<String, String> fields) {
        return http(name).post(path)
                .formParamMap(session -> {
                    Map<String, Object> posted = fields(session, formId, button);
                    fields.forEach((key, value) -> posted.put(key, resolved(value, session)));
                    return posted;
                })
                .check(status().is(200), signedIn(), viewState(), nonce());
    }

    /** The kept form {@code formId} as the page rendered it, with {@code button} pressed and its page's view state. */
    static Map<String, Object> fields(Session session, String formId, String button) {
        Map<String, Object> form = new LinkedHashMap<>(session.getMap("form." + formId));
        form.put(formId, formId);
        form.put(button, "");
        form.putIfAbsent(VIEW_STATE, session.getString("viewState")); // the form's own, when another page was opened since
        if (session.contains("nonce." + formId)) {
            form.put(NONCE, session.getString("nonce." + formId));
        }
        return form;
    }

    private static String resolved(String value, Session session) {
        Matcher key = SESSION_KEY.matcher(value);
        StringBuilder text = new StringBuilder();
        while (key.find()) {
            Object found = session.get(key.group(1));
            key.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(found)));
        }
        return key.appendTail(text).toString();
    }

    /** An AJAX postback of a lazy PrimeFaces table ({@code formId:table}) with the feature's own parameters. */
    static HttpRequestActionBuilder ajaxTable(String name, String path, String formId, String table, Map<String, String> feature) {
        String id = formId + ":" + table;
        var request = http(name).post(path)
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", id)
                .formParam("jakarta.faces.partial.execute", id)
                .formParam("jakarta.faces.partial.render", id)
                .formParam(id + "_skipChildren", "true")
                .formParam(id + "_encodeFeature", "true");
        for (Map.Entry<String, String> parameter : feature.entrySet()) {
            request = request.formParam(parameter.getKey().replace("{table}", id), parameter.getValue());
        }
        return request.formParam(formId, formId).formParam(VIEW_STATE, "#{viewState}").formParam(NONCE, "#{nonce}")
                .check(status().is(200), substring("<partial-response"), substring("<error>").notExists());
    }

    /**
     * A lazy table's tour: page 2, sorted by its first sortable column, filtered on its first filter field (ids read
     * off the page opened last, so this follows {@link #page} with {@link #tableIds}).
     */
    static ChainBuilder pageSortFilter(String name, String path, String formId, String table, String filterText) {
        return exec(
                ajaxTable(name + ": page 2", path, formId, table, Map.of("{table}_pagination", "true", "{table}_first", "20", "{table}_rows", "20")),
                ajaxTable(name + ": sort", path, formId, table, Map.of("{table}_sorting", "true", "{table}_sortKey", "#{sortColumn}", "{table}_sortDir", "-1")),
                ajaxTable(name + ": filter", path, formId, table, Map.of("{table}_filtering", "true", "#{filterField}", filterText)));
    }

    /** Checks of a page with a lazy table that keep its first sortable column and first filter field for {@link #pageSortFilter}. */
    static CheckBuilder[] tableIds(String formId, String table) {
        String id = formId + ":" + table;
        return new CheckBuilder[] {
                regex("<th id=\"(" + id + ":[^\"]+)\" class=\"[^\"]*ui-sortable-column").saveAs("sortColumn"),
                regex("name=\"(" + id + ":[^\"]+:filter)\"").saveAs("filterField")};
    }
}

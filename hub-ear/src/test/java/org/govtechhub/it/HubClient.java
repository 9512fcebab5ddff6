package org.govtechhub.it;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the deployed application over HTTP, with its own cookies and without following
 * redirects, so a test sees exactly what the server answers. Signs in through the real login form.
 */
public final class HubClient {

    /** The password of the demo accounts (README.md), loaded on first start. */
    public static final String DEMO_PASSWORD = "GovTechHub-demo-2026";

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The nonce of the page's scripts (PrimeFaces' CSP mode), which PrimeFaces' script adds to every form as a field. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    /** The field in which a browser posts the page's nonce back; PrimeFaces refuses a postback of the view without it. */
    public static final String NONCE_FIELD = "primefaces.nonce";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String language;
    private final String base;
    private String address;

    public HubClient() {
        this("en");
    }

    public HubClient(String language) {
        this(language, HttpClient.newBuilder(), base());
    }

    private HubClient(String language, HttpClient.Builder http, String base) {
        this.language = language;
        this.base = base;
        this.http = http.cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A visitor over TLS, on the server's HTTPS listener (port 8181), as behind a production proxy. It accepts the test
     * server's self-signed certificate without checking it: for tests only.
     */
    public static HubClient overTls() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new TrustingEveryCertificate()}, null);
            return new HubClient("en", HttpClient.newBuilder().sslContext(tls),
                    base().replaceFirst("^http://([^:/]+):8080/", "https://$1:8181/"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Visits from another client address from now on: the test server trusts the loopback proxy's X-Forwarded-For, as a
     * server behind HAProxy does.
     */
    public HubClient from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public static String base() {
        return System.getProperty("hub.url", "http://localhost:8080/hub/");
    }

    public static String server() {
        return base().replaceFirst("/hub/$", "/");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Sends a request as it is: any method, a body already encoded (raw bytes, so invalid UTF-8 can be sent), extra
     * headers in pairs (name, value, ...).
     */
    public HttpResponse<String> send(String method, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Fills in and submits the login form; returns the server's answer to the submission. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return submit("login.xhtml", "login", Map.of("email", email, "password", password), "submit");
    }

    /**
     * Opens a page and submits one of its forms as a browser would (no AJAX): {@code fields} by their ids within the
     * form, with the page's view state, its nonce and the button pressed; returns the server's answer to the submission.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        return post(path, form(path, formId, fields, buttonId));
    }

    /** Opens a page and fills in one of its forms: what {@link #submit} posts, for a test that times the post alone. */
    public Map<String, String> form(String path, String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("No view state on " + path + ": " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", state.group(1));
        nonce(page.body()).ifPresent(nonce -> form.put(NONCE_FIELD, nonce));
        return form;
    }

    /** The nonce a page's scripts carry, which a browser's PrimeFaces posts back with each form of the page. */
    public static Optional<String> nonce(String html) {
        Matcher nonce = NONCE.matcher(html);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    public HttpResponse<String> signInAsDemo(String login) throws IOException, InterruptedException {
        return signIn(login + "@govtech-hub.demo", DEMO_PASSWORD);
    }

    /** Continues the session of someone signed in elsewhere (a browser), to fetch what they would download. */
    public HubClient inSession(String sessionId) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/hub");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return http.send(request.header("Accept-Language", language).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        String server = base.replaceFirst("/hub/$", "/");
        return URI.create(path.startsWith("http") ? path : path.startsWith("/") ? server + path.substring(1) : base + path);
    }

    /** Trusts any certificate and any host name (the test server's certificate is self-signed). */
    private static final class TrustingEveryCertificate extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

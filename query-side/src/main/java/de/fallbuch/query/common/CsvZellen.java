package de.fallbuch.query.common;

/**
 * Text cells of a CSV the service writes, made safe for spreadsheet programs (CSV injection,
 * OWASP "CSV Injection"): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return would be run as a formula by Excel or LibreOffice ({@code =HYPERLINK(…)},
 * {@code @SUM(…)}, DDE). Such a cell gets a single quote in front, which spreadsheets show as text,
 * and the writer quotes every text cell (Commons CSV, {@code QuoteMode.NON_NUMERIC}), so a
 * separator or quote inside cannot start a new cell either.
 *
 * <p>Only text is neutralised: numbers the service computed itself are written as numbers (a
 * negative figure stays a number a spreadsheet can add up). Text that looks like a number, e.g. a
 * Dienststelle called "-5", is text and gets the quote like any other text.
 */
public final class CsvZellen {

    private CsvZellen() {
    }

    public static String ohneFormel(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char erstes = text.charAt(0);
        boolean formel = erstes == '=' || erstes == '+' || erstes == '-' || erstes == '@' || erstes == '\t' || erstes == '\r';
        return formel ? "'" + text : text;
    }
}

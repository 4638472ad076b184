package de.fallbuch.kernel.common;

import java.time.LocalDate;

/**
 * The one declared table of limits for every value that may enter an event (docs/grenzen.md says
 * why each number was chosen). Commands are checked against it before any number is drawn or any
 * event applied; stored events are never checked again, so a limit may become stricter without
 * making old events unreadable.
 */
public final class Grenzen {

    private Grenzen() {
    }

    /** Kinds of text with their maximum length in characters (Unicode code points after NFC). */
    public enum Textart {
        /** Vorname, Nachname: one line. */
        NAME(100, false),
        /** Straße with house number, Ort: one line. */
        ANSCHRIFTTEIL(100, false),
        /** Labels: Dienststelle, Thema, Anlass, partner name, Rechtsgrundlage, a document's name, a user name. */
        KURZTEXT(200, false),
        /** One entry of a list: a goal, a measure, a duty, a service of the office, a requested document. */
        EINTRAG(500, true),
        /** Free texts that may span lines: Anliegen, Beratung, Begründung, Stellungnahme, Vermerk. */
        FREITEXT(10_000, true);

        private final int maxZeichen;
        private final boolean mehrzeilig;

        Textart(int maxZeichen, boolean mehrzeilig) {
            this.maxZeichen = maxZeichen;
            this.mehrzeilig = mehrzeilig;
        }

        public int maxZeichen() {
            return maxZeichen;
        }

        /** Whether line breaks and tabs are allowed (all other control characters never are). */
        public boolean mehrzeilig() {
            return mehrzeilig;
        }
    }

    /** Entries of one list in a command (Unterlagen, Ziele, Maßnahmen, Pflichten, Leistungen des Amts). */
    public static final int MAX_LISTENEINTRAEGE = 50;

    /** A monthly amount is at least one cent and at most 100.000,00 € (Hilfe zur Pflege at 24-hour care stays far below). */
    public static final long MIN_BETRAG_CENT = 1;
    public static final long MAX_BETRAG_MONATLICH_CENT = 10_000_000;

    /** Birth dates: nobody now alive was born before 1900; not in the future (checked against the office's clock). */
    public static final LocalDate FRUEHESTES_GEBURTSDATUM = LocalDate.of(1900, 1, 1);

    /**
     * Business dates (receipt, consultation, decision, delivery, deadlines, Bewilligungszeiträume, review dates)
     * lie in this window; rules relative to today (not in the future, not in the past) are the aggregates'.
     */
    public static final LocalDate FRUEHESTES_GESCHAEFTSDATUM = LocalDate.of(2000, 1, 1);
    public static final LocalDate SPAETESTES_GESCHAEFTSDATUM = LocalDate.of(2099, 12, 31);

    /** A Bewilligungszeitraum lasts at most this many months (the rule is twelve, §44 Abs. 3 SGB XII; longer by exception). */
    public static final int MAX_BEWILLIGUNGSMONATE = 36;

    /** A search term (names, birth date, Aktenzeichen): far more than any real one, bounded so a pasted text is refused. */
    public static final int MAX_SUCHBEGRIFF_ZEICHEN = 200;

    /** A SHA-256 (of a document, of a template version) is written as exactly this many lower-case hex digits. */
    public static final int SHA256_HEX_ZEICHEN = 64;

    /**
     * A request body above this many bytes is refused with 413 before it is read. The largest valid command
     * (an agreement with four full lists of 50 entries in four-byte characters) stays below it.
     */
    public static final int MAX_ANFRAGE_BYTES = 1024 * 1024;
}

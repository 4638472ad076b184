package de.fallbuch.kernel.fall;

/**
 * How personal data of the person are changed (Art. 16 DSGVO, § 84 Abs. 1 SGB X): a value that was
 * wrong is corrected for the whole file, a value that has changed since (a move, a new surname) is
 * updated from a date on.
 */
public enum Berichtigungsart {
    /** The value was wrong from the start (a typo, a wrong birth date): the corrected value replaces it. */
    BERICHTIGUNG("Berichtigung"),
    /** The circumstances changed (Umzug, Namensänderung): the new value holds from {@code gueltigAb}. */
    AKTUALISIERUNG("Aktualisierung");

    private final String bezeichnung;

    Berichtigungsart(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

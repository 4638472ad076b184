package de.fallbuch.kernel.fall;

/** Why a Fall was closed. */
public enum Abschlussgrund {
    ARBEITSAUFNAHME("Arbeitsaufnahme"),
    WEGFALL_HILFEBEDUERFTIGKEIT("Wegfall der Hilfebedürftigkeit"),
    UMZUG("Umzug"),
    ZUSTAENDIGKEITSWECHSEL("Zuständigkeitswechsel"),
    TOD("Tod"),
    SONSTIGES("sonstiger Grund");

    private final String bezeichnung;

    Abschlussgrund(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

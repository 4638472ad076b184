package de.fallbuch.kernel.hilfevereinbarung;

/** Kinds of measures a Hilfevereinbarung can agree on (domain.md, "Hilfevereinbarung"). */
public enum Massnahmenart {
    QUALIFIZIERUNG("Qualifizierung"),
    BESCHAEFTIGUNGSMASSNAHME("Beschäftigungsmaßnahme"),
    BERATUNG("Beratung"),
    SCHULDNERBERATUNG("Schuldnerberatung"),
    SUCHTBERATUNG("Suchtberatung"),
    KINDERBETREUUNG("Kinderbetreuung"),
    GESUNDHEIT("Gesundheit"),
    WOHNEN("Wohnen"),
    SPRACHKURS("Sprachkurs");

    private final String bezeichnung;

    Massnahmenart(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

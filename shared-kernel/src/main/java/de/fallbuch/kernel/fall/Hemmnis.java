package de.fallbuch.kernel.fall;

/** Barriers the Einzelfallanalyse looks at (domain.md, "Fall"). */
public enum Hemmnis {
    GESUNDHEIT("Gesundheit"),
    KINDERBETREUUNG("Kinderbetreuung"),
    SPRACHE("Sprache"),
    QUALIFIKATION("Qualifikation"),
    WOHNEN("Wohnen"),
    SCHULDEN("Schulden"),
    SUCHT("Sucht");

    private final String bezeichnung;

    Hemmnis(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

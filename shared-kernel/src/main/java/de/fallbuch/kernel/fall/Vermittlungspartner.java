package de.fallbuch.kernel.fall;

/** Partners a Fall can be referred to. */
public enum Vermittlungspartner {
    JOBCENTER("Jobcenter"),
    AGENTUR_FUER_ARBEIT("Agentur für Arbeit"),
    GESUNDHEITSAMT("Gesundheitsamt"),
    WOHLFAHRTSVERBAND("Wohlfahrtsverband"),
    SCHULDNERBERATUNG("Schuldnerberatung"),
    SONSTIGER_PARTNER("sonstiger Partner");

    private final String bezeichnung;

    Vermittlungspartner(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

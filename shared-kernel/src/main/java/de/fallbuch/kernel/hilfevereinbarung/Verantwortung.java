package de.fallbuch.kernel.hilfevereinbarung;

/** Who is responsible for carrying out a measure: the person, the office, or a named partner. */
public enum Verantwortung {
    PERSON("die Person"),
    AMT("das Sozialamt"),
    PARTNER("ein Partner");

    private final String bezeichnung;

    Verantwortung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

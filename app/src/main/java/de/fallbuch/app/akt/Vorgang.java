package de.fallbuch.app.akt;

/** The kinds of record an act changes, with what the doors need to name them. */
public enum Vorgang {
    FALL("/api/faelle", "fallId", "des Falls"),
    ANTRAG("/api/antraege", "antragId", "des Antrags"),
    HILFEVEREINBARUNG("/api/hilfevereinbarungen", "hilfevereinbarungId", "der Hilfevereinbarung");

    private final String api;
    private final String kennung;
    private final String genitiv;

    Vorgang(String api, String kennung, String genitiv) {
        this.api = api;
        this.kennung = kennung;
        this.genitiv = genitiv;
    }

    /** The REST resource of the kind, e.g. {@code /api/antraege}. */
    public String api() {
        return api;
    }

    /** The name of the record's id, in commands, paths and answers alike, e.g. {@code antragId}. */
    public String kennung() {
        return kennung;
    }

    String versionFehlt() {
        return "Die Version fehlt: bitte die zuletzt gelesene Version " + genitiv + " mitsenden.";
    }
}

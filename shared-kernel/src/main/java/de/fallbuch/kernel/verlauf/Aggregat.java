package de.fallbuch.kernel.verlauf;

/** Which record of a Fall's file an entry of the Verlauf is about. */
public enum Aggregat {
    FALL("Fall"),
    ANTRAG("Antrag"),
    HILFEVEREINBARUNG("Hilfevereinbarung");

    private final String bezeichnung;

    Aggregat(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public String bezeichnung() {
        return bezeichnung;
    }
}

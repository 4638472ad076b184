package de.fallbuch.kernel.hilfevereinbarung;

/** Progress of a measure of the Fassung in force. */
public enum Massnahmenstatus {
    GEPLANT("geplant"),
    BEGONNEN("begonnen"),
    ABGESCHLOSSEN("abgeschlossen"),
    ABGEBROCHEN("abgebrochen");

    private final String bezeichnung;

    Massnahmenstatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

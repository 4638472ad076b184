package de.fallbuch.kernel.hilfevereinbarung;

/** Lifecycle of a Hilfevereinbarung: drafted, in force once both sides signed, ended. */
public enum HilfevereinbarungStatus {
    ENTWURF("Entwurf"),
    IN_KRAFT("in Kraft"),
    BEENDET("beendet");

    private final String bezeichnung;

    HilfevereinbarungStatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

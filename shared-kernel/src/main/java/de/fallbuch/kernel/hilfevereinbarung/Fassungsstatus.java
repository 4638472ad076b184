package de.fallbuch.kernel.hilfevereinbarung;

/** Where one Fassung (version) of a Hilfevereinbarung stands. */
public enum Fassungsstatus {
    ENTWURF("Entwurf"),
    IN_KRAFT("in Kraft"),
    ABGELOEST("durch eine Fortschreibung abgelöst"),
    AUSSER_KRAFT("mit der Hilfevereinbarung beendet"),
    NICHT_IN_KRAFT_GETRETEN("nie in Kraft getreten");

    private final String bezeichnung;

    Fassungsstatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

package de.fallbuch.kernel.hilfevereinbarung;

/** Why a Hilfevereinbarung ended. */
public enum Beendigungsgrund {
    ERFUELLT("erfüllt"),
    ABGEBROCHEN("abgebrochen"),
    ERSETZT("durch eine neue Hilfevereinbarung ersetzt"),
    FALL_ABGESCHLOSSEN("mit dem Abschluss des Falls beendet"),
    EINWILLIGUNG_WIDERRUFEN("Einwilligung widerrufen");

    private final String bezeichnung;

    Beendigungsgrund(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

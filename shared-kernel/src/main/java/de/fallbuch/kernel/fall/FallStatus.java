package de.fallbuch.kernel.fall;

/** Lifecycle state of a Fall: open, or closed (and then possibly reopened). */
public enum FallStatus {
    OFFEN("offen"),
    ABGESCHLOSSEN("abgeschlossen");

    private final String bezeichnung;

    FallStatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

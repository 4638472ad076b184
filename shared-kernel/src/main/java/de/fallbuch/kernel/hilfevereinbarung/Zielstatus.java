package de.fallbuch.kernel.hilfevereinbarung;

/** Whether a goal was reached, missed, or is still open. */
public enum Zielstatus {
    OFFEN("offen"),
    ERREICHT("erreicht"),
    VERFEHLT("verfehlt");

    private final String bezeichnung;

    Zielstatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

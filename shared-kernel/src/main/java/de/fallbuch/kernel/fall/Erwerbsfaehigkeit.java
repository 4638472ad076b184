package de.fallbuch.kernel.fall;

/** The Einzelfallanalyse's assessment whether the person can work (§8 SGB II: at least three hours a day). */
public enum Erwerbsfaehigkeit {
    ERWERBSFAEHIG("erwerbsfähig"),
    NICHT_ERWERBSFAEHIG("nicht erwerbsfähig"),
    UNGEKLAERT("noch ungeklärt");

    private final String bezeichnung;

    Erwerbsfaehigkeit(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

package de.fallbuch.kernel.antrag;

/** The deadlines of an Antrag the office must see coming. */
public enum Fristart {
    MITWIRKUNGSFRIST("Mitwirkungsfrist (§§ 60, 66 SGB I)"),
    ANHOERUNGSFRIST("Anhörungsfrist (§ 24 SGB X)"),
    WIDERSPRUCHSFRIST("Widerspruchsfrist (§ 84 SGG)"),
    ENDE_BEWILLIGUNGSZEITRAUM("Ende des Bewilligungszeitraums (Weiterbewilligung)"),
    UNTAETIGKEIT_ANTRAG("Sechs Monate ohne Entscheidung über den Antrag (§ 88 Abs. 1 SGG)"),
    UNTAETIGKEIT_WIDERSPRUCH("Drei Monate ohne Entscheidung über den Widerspruch (§ 88 Abs. 2 SGG)");

    private final String bezeichnung;

    Fristart(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

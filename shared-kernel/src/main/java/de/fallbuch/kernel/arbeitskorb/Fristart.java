package de.fallbuch.kernel.arbeitskorb;

/** Kinds of dates the office must see coming (domain.md, "Deadlines the office must see coming"). */
public enum Fristart {
    WIEDERVORLAGE("Wiedervorlage"),
    MITWIRKUNGSFRIST("Mitwirkungsfrist"),
    ANHOERUNGSFRIST("Anhörungsfrist"),
    WIDERSPRUCHSFRIST("Widerspruchsfrist"),
    ENDE_BEWILLIGUNGSZEITRAUM("Ende des Bewilligungszeitraums (Weiterbewilligung)"),
    UNTAETIGKEIT_ANTRAG("Sechs Monate ohne Entscheidung (§ 88 Abs. 1 SGG)"),
    UNTAETIGKEIT_WIDERSPRUCH("Drei Monate ohne Widerspruchsbescheid (§ 88 Abs. 2 SGG)"),
    UEBERPRUEFUNG_HILFEVEREINBARUNG("Überprüfung der Hilfevereinbarung");

    private final String bezeichnung;

    Fristart(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public String bezeichnung() {
        return bezeichnung;
    }
}

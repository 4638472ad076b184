package de.fallbuch.kernel.antrag;

/** The kinds of decision on an Antrag. Each is an administrative act that states its reasons (§35 SGB X). */
public enum Entscheidungsart {
    BEWILLIGUNG("Bewilligung"),
    ABLEHNUNG("Ablehnung"),
    VERSAGUNG("Versagung wegen fehlender Mitwirkung (§ 66 SGB I)"),
    AUFHEBUNG("Aufhebung der Bewilligung (§ 48 SGB X)"),
    /** The Widerspruch was rejected; the contested decision stands (§ 85 Abs. 2 SGG). */
    WIDERSPRUCHSBESCHEID("Zurückweisung des Widerspruchs (§ 85 Abs. 2 SGG)");

    private final String bezeichnung;

    Entscheidungsart(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

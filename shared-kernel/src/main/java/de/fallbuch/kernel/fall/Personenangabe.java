package de.fallbuch.kernel.fall;

/** Which of the person's data a Berichtigung changed: the names of the fields, never their values. */
public enum Personenangabe {
    VORNAME("Vorname"),
    NACHNAME("Nachname"),
    GEBURTSDATUM("Geburtsdatum"),
    ANSCHRIFT("Anschrift");

    private final String bezeichnung;

    Personenangabe(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

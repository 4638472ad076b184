package de.fallbuch.kernel.hilfevereinbarung;

/** The two sides whose signatures put a Fassung into force. The person's signature is their consent (§12 SGB XII). */
public enum Unterzeichner {
    PERSON("die Person"),
    FALLMANAGER("die Fallmanagerin oder der Fallmanager");

    private final String bezeichnung;

    Unterzeichner(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

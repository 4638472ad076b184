package de.fallbuch.kernel.antrag;

/** How the Antrag reached the office (a receipt date and channel are recorded, domain.md). */
public enum Antragskanal {
    SCHRIFTLICH("schriftlich"),
    ZUR_NIEDERSCHRIFT("zur Niederschrift im Amt"),
    ELEKTRONISCH("elektronisch"),
    TELEFONISCH("telefonisch");

    private final String bezeichnung;

    Antragskanal(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }
}

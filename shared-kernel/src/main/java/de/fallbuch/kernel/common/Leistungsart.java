package de.fallbuch.kernel.common;

/** The benefits an Antrag can be about, with the statute they rest on (domain.md, "Antrag"). */
public enum Leistungsart {
    HILFE_ZUM_LEBENSUNTERHALT("Hilfe zum Lebensunterhalt", "§§ 27 ff. SGB XII"),
    GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG("Grundsicherung im Alter und bei Erwerbsminderung", "§§ 41 ff. SGB XII"),
    HILFE_ZUR_GESUNDHEIT("Hilfe zur Gesundheit", "§§ 47 ff. SGB XII"),
    HILFE_ZUR_PFLEGE("Hilfe zur Pflege", "§§ 61 ff. SGB XII"),
    HILFE_BESONDERE_SOZIALE_SCHWIERIGKEITEN("Hilfe zur Überwindung besonderer sozialer Schwierigkeiten", "§§ 67 ff. SGB XII"),
    ASYLBLG("Leistungen nach dem Asylbewerberleistungsgesetz", "AsylbLG"),
    WOHNGELD("Wohngeld", "WoGG"),
    UNTERHALTSVORSCHUSS("Unterhaltsvorschuss", "UVG");

    private final String bezeichnung;
    private final String rechtsgrundlage;

    Leistungsart(String bezeichnung, String rechtsgrundlage) {
        this.bezeichnung = bezeichnung;
        this.rechtsgrundlage = rechtsgrundlage;
    }

    public String bezeichnung() {
        return bezeichnung;
    }

    /** The statute the benefit rests on, as cited in a notice. */
    public String rechtsgrundlage() {
        return rechtsgrundlage;
    }
}

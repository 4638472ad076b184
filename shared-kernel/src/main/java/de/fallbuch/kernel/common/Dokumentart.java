package de.fallbuch.kernel.common;

/**
 * The kinds of document the office issues from an act (issue 16). Each has one template; whether it
 * carries a Rechtsbehelfsbelehrung follows from the kind: a Bescheid is an administrative act and can be
 * contested (§ 36 SGB X, § 84 SGG: Widerspruch; after a Widerspruchsbescheid § 87 SGG: Klage), a
 * Mitwirkungsaufforderung or an Anhörungsschreiben is not.
 */
public enum Dokumentart {
    BEWILLIGUNGSBESCHEID("Bewilligungsbescheid", "bescheid", Rechtsbehelf.WIDERSPRUCH),
    ABLEHNUNGSBESCHEID("Ablehnungsbescheid", "bescheid", Rechtsbehelf.WIDERSPRUCH),
    VERSAGUNGSBESCHEID("Versagungsbescheid", "bescheid", Rechtsbehelf.WIDERSPRUCH),
    AUFHEBUNGSBESCHEID("Aufhebungsbescheid", "bescheid", Rechtsbehelf.WIDERSPRUCH),
    ABHILFEBESCHEID("Abhilfebescheid", "bescheid", Rechtsbehelf.WIDERSPRUCH),
    WIDERSPRUCHSBESCHEID("Widerspruchsbescheid", "bescheid", Rechtsbehelf.KLAGE),
    MITWIRKUNGSAUFFORDERUNG("Aufforderung zur Mitwirkung", "mitwirkungsaufforderung", Rechtsbehelf.KEINER),
    ANHOERUNGSSCHREIBEN("Anhörung vor der Aufhebung", "anhoerungsschreiben", Rechtsbehelf.KEINER);

    /** Which remedy the Rechtsbehelfsbelehrung of a document names. */
    public enum Rechtsbehelf {
        /** § 84 SGG: one month, in writing, electronically or zur Niederschrift at the issuing office. */
        WIDERSPRUCH,
        /** §§ 87, 90 SGG: one month, action at the Sozialgericht. */
        KLAGE,
        /** Not an administrative act: no Rechtsbehelfsbelehrung. */
        KEINER
    }

    private final String bezeichnung;
    private final String vorlage;
    private final Rechtsbehelf rechtsbehelf;

    Dokumentart(String bezeichnung, String vorlage, Rechtsbehelf rechtsbehelf) {
        this.bezeichnung = bezeichnung;
        this.vorlage = vorlage;
        this.rechtsbehelf = rechtsbehelf;
    }

    public String bezeichnung() {
        return bezeichnung;
    }

    /** The template's name (several kinds of Bescheid share one template). */
    public String vorlage() {
        return vorlage;
    }

    public Rechtsbehelf rechtsbehelf() {
        return rechtsbehelf;
    }
}

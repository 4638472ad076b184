package de.fallbuch.app.akt;

import com.fasterxml.jackson.annotation.JsonCreator;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.hilfevereinbarung.LeistungAmt;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The content of a Hilfevereinbarung as a person or client gives it (api.md): the lists at the
 * top level, entries without an id, duties and services also as plain text. The one input shape of
 * drafting, changing a draft and a Fortschreibung; {@link #inhalt()} makes the kernel's content of it.
 */
public record Vereinbarungsangabe(UUID fallId, Long version, String anlass, List<ZielAngabe> ziele, List<MassnahmeAngabe> massnahmen,
        List<PflichtAngabe> pflichten, List<LeistungAngabe> leistungenAmt, LocalDate ueberpruefungstermin) {

    public record ZielAngabe(UUID zielId, String beschreibung, LocalDate zieldatum) {
    }

    public record MassnahmeAngabe(UUID massnahmeId, Massnahmenart art, String beschreibung, Verantwortung verantwortlich,
            String partnerBezeichnung, LocalDate geplanterBeginn, LocalDate geplantesEnde) {
    }

    /** A duty, as an object or simply as its text. */
    public record PflichtAngabe(UUID pflichtId, String beschreibung) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public PflichtAngabe {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PflichtAngabe ausText(String beschreibung) {
            return new PflichtAngabe(null, beschreibung);
        }
    }

    /** A service of the office, as an object or simply as its text. */
    public record LeistungAngabe(UUID leistungId, String beschreibung) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public LeistungAngabe {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static LeistungAngabe ausText(String beschreibung) {
            return new LeistungAngabe(null, beschreibung);
        }
    }

    /**
     * The content, new entries with a new id (so they can be referred to later and recognised across
     * Fassungen). A value an entry refuses is reported with its place ({@code massnahmen[1].partnerBezeichnung}).
     */
    public Vereinbarungsinhalt inhalt() {
        return new Vereinbarungsinhalt(
                eintraege(ziele, "ziele", z -> new Ziel(kennung(z.zielId()), z.beschreibung(), z.zieldatum())),
                eintraege(massnahmen, "massnahmen", m -> new Massnahme(kennung(m.massnahmeId()), m.art(), m.beschreibung(),
                        m.verantwortlich(), m.partnerBezeichnung(), m.geplanterBeginn(), m.geplantesEnde())),
                eintraege(pflichten, "pflichten", p -> new Pflicht(kennung(p.pflichtId()), p.beschreibung())),
                eintraege(leistungenAmt, "leistungenAmt", l -> new LeistungAmt(kennung(l.leistungId()), l.beschreibung())),
                ueberpruefungstermin);
    }

    private static <A, T> List<T> eintraege(List<A> angaben, String feld, Function<A, T> umwandlung) {
        List<T> eintraege = new ArrayList<>();
        if (angaben == null) {
            return eintraege;
        }
        for (int i = 0; i < angaben.size(); i++) {
            String ort = feld + "[" + i + "]";
            if (angaben.get(i) == null) {
                throw new UngueltigeAngabe(ort, "Der Eintrag " + ort + " ist leer.");
            }
            try {
                eintraege.add(umwandlung.apply(angaben.get(i)));
            } catch (UngueltigeAngabe e) {
                throw new UngueltigeAngabe(ort + "." + e.feld(), e.getMessage());
            }
        }
        return eintraege;
    }

    private static UUID kennung(UUID gegeben) {
        return gegeben != null ? gegeben : UUID.randomUUID();
    }
}

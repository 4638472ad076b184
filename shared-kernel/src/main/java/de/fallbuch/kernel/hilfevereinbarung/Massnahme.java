package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.geschaeftsdatum;
import static de.fallbuch.kernel.common.Pruefung.optionalerText;

import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure of the Hilfevereinbarung: its kind, who carries it out (the person, the office or a
 * named partner) and when it is planned. The planned end may stay open (a Schuldnerberatung runs
 * as long as it takes). The id stays the same across Fassungen. Part of stored events: the
 * constructor accepts any value, new input is checked by {@link #geprueft(String)}.
 */
public record Massnahme(
        UUID massnahmeId,
        Massnahmenart art,
        @Personenbezogen String beschreibung,
        Verantwortung verantwortlich,
        @Personenbezogen String partnerBezeichnung,
        LocalDate geplanterBeginn,
        LocalDate geplantesEnde) {

    /** The measure as it may enter a new event; {@code praefix} names it in the fields of a refusal, e.g. {@code massnahmen[0].}. */
    public Massnahme geprueft(String praefix) {
        if (massnahmeId == null) {
            throw new UngueltigeAngabe(praefix + "massnahmeId", "Die Kennung der Maßnahme fehlt.");
        }
        if (art == null) {
            throw new UngueltigeAngabe(praefix + "art", "Die Art der Maßnahme fehlt.");
        }
        String text = optionalerText(beschreibung, Textart.EINTRAG, praefix + "beschreibung");
        if (verantwortlich == null) {
            throw new UngueltigeAngabe(praefix + "verantwortlich",
                    "Bei der Maßnahme „" + art.bezeichnung() + "“ fehlt, wer für sie verantwortlich ist (PERSON, AMT oder PARTNER).");
        }
        String partner = optionalerText(partnerBezeichnung, Textart.KURZTEXT, praefix + "partnerBezeichnung");
        if (verantwortlich == Verantwortung.PARTNER && partner == null) {
            throw new UngueltigeAngabe(praefix + "partnerBezeichnung",
                    "Ist ein Partner für die Maßnahme „" + art.bezeichnung() + "“ verantwortlich, ist sein Name anzugeben.");
        }
        if (verantwortlich != Verantwortung.PARTNER && partner != null) {
            throw new UngueltigeAngabe(praefix + "partnerBezeichnung",
                    "Ein Partner ist nur anzugeben, wenn er für die Maßnahme „" + art.bezeichnung() + "“ verantwortlich ist.");
        }
        if (geplanterBeginn == null) {
            throw new UngueltigeAngabe(praefix + "geplanterBeginn", "Der geplante Beginn der Maßnahme „" + art.bezeichnung() + "“ fehlt.");
        }
        if (geplantesEnde != null && geplantesEnde.isBefore(geplanterBeginn)) {
            throw new UngueltigeAngabe(praefix + "geplantesEnde",
                    "Das geplante Ende der Maßnahme „" + art.bezeichnung() + "“ liegt vor ihrem geplanten Beginn.");
        }
        return new Massnahme(massnahmeId, art, text, verantwortlich, partner,
                geschaeftsdatum(geplanterBeginn, praefix + "geplanterBeginn"), geschaeftsdatum(geplantesEnde, praefix + "geplantesEnde"));
    }
}

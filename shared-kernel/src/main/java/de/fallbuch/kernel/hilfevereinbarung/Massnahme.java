package de.fallbuch.kernel.hilfevereinbarung;

import static de.fallbuch.kernel.common.Pruefung.optionalerText;

import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measure of the Hilfevereinbarung: its kind, who carries it out (the person, the office or a
 * named partner) and when it is planned. The planned end may stay open (a Schuldnerberatung runs
 * as long as it takes). The id stays the same across Fassungen.
 */
public record Massnahme(
        UUID massnahmeId,
        Massnahmenart art,
        @Personenbezogen String beschreibung,
        Verantwortung verantwortlich,
        @Personenbezogen String partnerBezeichnung,
        LocalDate geplanterBeginn,
        LocalDate geplantesEnde) {

    public Massnahme {
        if (massnahmeId == null) {
            throw new UngueltigeAngabe("massnahmeId", "Die Kennung der Maßnahme fehlt.");
        }
        if (art == null) {
            throw new UngueltigeAngabe("art", "Die Art der Maßnahme fehlt.");
        }
        beschreibung = optionalerText(beschreibung);
        if (verantwortlich == null) {
            throw new UngueltigeAngabe("verantwortlich",
                    "Bei der Maßnahme „" + art.bezeichnung() + "“ fehlt, wer für sie verantwortlich ist (PERSON, AMT oder PARTNER).");
        }
        partnerBezeichnung = optionalerText(partnerBezeichnung);
        if (verantwortlich == Verantwortung.PARTNER && partnerBezeichnung == null) {
            throw new UngueltigeAngabe("partnerBezeichnung",
                    "Ist ein Partner für die Maßnahme „" + art.bezeichnung() + "“ verantwortlich, ist sein Name anzugeben.");
        }
        if (verantwortlich != Verantwortung.PARTNER && partnerBezeichnung != null) {
            throw new UngueltigeAngabe("partnerBezeichnung",
                    "Ein Partner ist nur anzugeben, wenn er für die Maßnahme „" + art.bezeichnung() + "“ verantwortlich ist.");
        }
        if (geplanterBeginn == null) {
            throw new UngueltigeAngabe("geplanterBeginn", "Der geplante Beginn der Maßnahme „" + art.bezeichnung() + "“ fehlt.");
        }
        if (geplantesEnde != null && geplantesEnde.isBefore(geplanterBeginn)) {
            throw new UngueltigeAngabe("geplantesEnde",
                    "Das geplante Ende der Maßnahme „" + art.bezeichnung() + "“ liegt vor ihrem geplanten Beginn.");
        }
    }
}

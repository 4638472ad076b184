package de.fallbuch.app.dokumente;

import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.common.Dokumentart;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The facts a document states, taken from the act's event, the Antrag's earlier events and the Fall's events up
 * to the recorded position, formatted the German way (TT.MM.JJJJ, 1.234,56 €). Only facts: every sentence of a
 * document is in its template, so a template version fixes the wording for good. Issuing and reprinting go
 * through this one fold, which is what makes a reprint byte-identical.
 */
final class Dokumentinhalt {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dokumentinhalt() {
    }

    /** The facts of the Fall the document is addressed from: Aktenzeichen, Dienststelle, addressee. */
    record Fallangaben(String aktenzeichen, String dienststelle, Person person, boolean geloescht) {

        static Fallangaben aus(List<?> ereignisseDesFalls, boolean geloescht) {
            String aktenzeichen = null;
            String dienststelle = null;
            Person person = null;
            for (Object ereignis : ereignisseDesFalls) {
                if (ereignis instanceof FallEroeffnet eroeffnet) {
                    aktenzeichen = eroeffnet.aktenzeichen();
                    dienststelle = eroeffnet.dienststelle();
                    person = eroeffnet.person();
                } else if (ereignis instanceof PersonendatenBerichtigt berichtigt && berichtigt.person() != null) {
                    person = berichtigt.person();
                }
            }
            return new Fallangaben(aktenzeichen, dienststelle, person, geloescht);
        }
    }

    /**
     * @param akt     the act's event (its document proof is not read)
     * @param frueher the Antrag's events before the act, in order
     */
    static Map<String, Object> aus(Dokumentart art, UUID dokumentId, AntragEreignis akt, List<?> frueher, Fallangaben fall,
            Dokumenteinstellungen.Amt amt) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("art", art.name());
        d.put("titel", art.bezeichnung());
        d.put("amt", amt);
        d.put("dokumentId", dokumentId.toString());
        d.put("aktenzeichen", fall.aktenzeichen());
        empfaenger(d, fall);

        AntragGestellt antrag = null;
        UnterlagenAngefordert anforderung = null;
        WiderspruchEingelegt widerspruch = null;
        Map<UUID, Object> entscheidungen = new HashMap<>();
        for (Object ereignis : frueher) {
            if (ereignis instanceof AntragGestellt gestellt) {
                antrag = gestellt;
            } else if (ereignis instanceof UnterlagenAngefordert angefordert) {
                anforderung = angefordert;
            } else if (ereignis instanceof WiderspruchEingelegt eingelegt) {
                widerspruch = eingelegt;
            } else if (ereignis instanceof AntragBewilligt b) {
                entscheidungen.put(b.entscheidungId(), b);
            } else if (ereignis instanceof AntragAbgelehnt a) {
                entscheidungen.put(a.entscheidungId(), a);
            } else if (ereignis instanceof AntragVersagt v) {
                entscheidungen.put(v.entscheidungId(), v);
            } else if (ereignis instanceof BewilligungAufgehoben a) {
                entscheidungen.put(a.entscheidungId(), a);
            }
        }
        if (antrag == null) {
            throw new IllegalStateException("Zum Dokument fehlt der Antrag, zu dem es gehört");
        }
        d.put("leistungsart", antrag.leistungsart().bezeichnung());
        d.put("leistungsartRechtsgrundlage", antrag.leistungsart().rechtsgrundlage());
        d.put("antragVom", datum(antrag.eingangsdatum()));

        if (akt instanceof AntragBewilligt b) {
            d.put("datum", datum(b.entschiedenAm()));
            d.put("betrag", euro(b.betragMonatlichCent()));
            d.put("von", datum(b.bewilligungVon()));
            d.put("bis", datum(b.bewilligungBis()));
            entscheidung(d, b.rechtsgrundlage(), b.begruendung(), b.entschiedenVon());
            if (art == Dokumentart.ABHILFEBESCHEID) {
                angefochten(d, widerspruch, entscheidungen.get(b.ersetztEntscheidungId()));
            }
        } else if (akt instanceof AntragAbgelehnt a) {
            d.put("datum", datum(a.entschiedenAm()));
            entscheidung(d, a.rechtsgrundlage(), a.begruendung(), a.entschiedenVon());
        } else if (akt instanceof AntragVersagt v) {
            d.put("datum", datum(v.entschiedenAm()));
            entscheidung(d, v.rechtsgrundlage(), v.begruendung(), v.entschiedenVon());
            if (anforderung != null) {
                d.put("angefordertAm", datum(anforderung.angefordertAm()));
                d.put("frist", datum(anforderung.frist()));
                d.put("unterlagen", anforderung.unterlagen());
            }
        } else if (akt instanceof BewilligungAufgehoben a) {
            d.put("datum", datum(a.entschiedenAm()));
            d.put("aufgehobenAb", datum(a.aufgehobenAb()));
            entscheidung(d, a.rechtsgrundlage(), a.begruendung(), a.entschiedenVon());
            bewilligung(d, entscheidungen.get(a.aufgehobeneEntscheidungId()));
        } else if (akt instanceof WiderspruchZurueckgewiesen z) {
            d.put("datum", datum(z.entschiedenAm()));
            d.put("verfristet", z.verfristet());
            entscheidung(d, z.rechtsgrundlage(), z.begruendung(), z.entschiedenVon());
            angefochten(d, widerspruch, entscheidungen.get(z.entscheidungId()));
        } else if (akt instanceof UnterlagenAngefordert u) {
            d.put("datum", datum(u.angefordertAm()));
            d.put("frist", datum(u.frist()));
            d.put("unterlagen", u.unterlagen());
            d.put("rechtsfolgenbelehrung", u.rechtsfolgenbelehrung());
        } else if (akt instanceof AnhoerungEingeleitet h) {
            d.put("datum", datum(h.eingeleitetAm()));
            d.put("frist", datum(h.frist()));
            d.put("anlass", h.anlass());
            bewilligung(d, entscheidungen.get(h.entscheidungId()));
        } else {
            throw new IllegalArgumentException("Zu " + akt.getClass().getSimpleName() + " gibt es kein Dokument");
        }
        return d;
    }

    private static void empfaenger(Map<String, Object> d, Fallangaben fall) {
        List<String> zeilen = new ArrayList<>();
        // After erasure the person is unreadable for good: a reprint names no one and says so.
        if (fall.geloescht() || fall.person() == null) {
            zeilen.add(Personenbezogen.GELOESCHT);
            d.put("nachdruckOhnePersonendaten", true);
        } else {
            Person p = fall.person();
            zeilen.add(p.vorname() + " " + p.nachname());
            if (p.anschrift() != null) {
                zeilen.add(p.anschrift().strasse());
                zeilen.add(p.anschrift().plz() + " " + p.anschrift().ort());
            } else {
                zeilen.add("ohne festen Wohnsitz – zur Abholung bei der Dienststelle");
            }
            d.put("nachdruckOhnePersonendaten", false);
        }
        d.put("empfaenger", zeilen);
    }

    private static void entscheidung(Map<String, Object> d, String rechtsgrundlage, String begruendung, String von) {
        d.put("rechtsgrundlage", rechtsgrundlage);
        d.put("begruendung", begruendung);
        d.put("zeichen", von);
    }

    private static void bewilligung(Map<String, Object> d, Object entscheidung) {
        if (entscheidung instanceof AntragBewilligt b) {
            d.put("bewilligungVom", datum(b.entschiedenAm()));
            d.put("bewilligungBetrag", euro(b.betragMonatlichCent()));
            d.put("bewilligungVon", datum(b.bewilligungVon()));
            d.put("bewilligungBis", datum(b.bewilligungBis()));
        }
    }

    private static void angefochten(Map<String, Object> d, WiderspruchEingelegt widerspruch, Object entscheidung) {
        if (widerspruch != null) {
            d.put("widerspruchVom", datum(widerspruch.eingegangenAm()));
            d.put("widerspruchsfristEnde", datum(widerspruch.widerspruchsfristEnde()));
        }
        LocalDate am = null;
        if (entscheidung instanceof AntragBewilligt b) {
            am = b.entschiedenAm();
        } else if (entscheidung instanceof AntragAbgelehnt a) {
            am = a.entschiedenAm();
        } else if (entscheidung instanceof AntragVersagt v) {
            am = v.entschiedenAm();
        } else if (entscheidung instanceof BewilligungAufgehoben a) {
            am = a.entschiedenAm();
        }
        d.put("angefochtenerBescheidVom", datum(am));
    }

    static String datum(LocalDate tag) {
        return tag == null ? null : DATUM.format(tag);
    }

    static String euro(long cent) {
        return String.format(Locale.GERMANY, "%,d,%02d €", cent / 100, cent % 100);
    }
}

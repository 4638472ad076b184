package de.fallbuch.app.akt;

import static de.fallbuch.app.akt.Vorgang.ANTRAG;
import static de.fallbuch.app.akt.Vorgang.FALL;
import static de.fallbuch.app.akt.Vorgang.HILFEVEREINBARUNG;

import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragStellen;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragZuruecknehmen;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.BewilligungFreigeben;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenEingangErfassen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEinlegen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntwerfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbbrechen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbschliessen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBeginnen;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.ZielerreichungFeststellen;
import de.fallbuch.kernel.hilfevereinbarung.ZielverfehlungFeststellen;
import java.util.List;

/**
 * Every act a person can do, once (api.md for the REST paths, docs/oberflaeche.md for the forms).
 * Both doors are built from this list: {@code BefehlsApi} (REST) and {@code Formulare} (web UI).
 * Who may do an act is decided on the command bus ({@code Schreibrechte}), the rules by the aggregates.
 */
public final class Akte {

    private static final String FALL_SEITE = "/faelle/{fallId}";
    private static final String ANTRAG_API = "/api/antraege/{antragId}/";
    private static final String ANTRAG_FORMULAR = "/faelle/{fallId}/antraege/{antragId}/";
    private static final String HV_API = "/api/hilfevereinbarungen/{hilfevereinbarungId}/";
    private static final String HV_FORMULAR = "/faelle/{fallId}/hilfevereinbarungen/{hilfevereinbarungId}/";

    public static final List<Akt<?, ?>> ALLE = List.of(
            // The Fall
            Akt.von(FALL, FallEroeffnen.class, "/api/faelle", "/faelle", "eroeffnen", null)
                    .erzeugt("fallId")
                    .pflicht("person", "Die Angaben zur Person fehlen.")
                    .ergaenzt((b, akteur) -> new FallEroeffnen(b.fallId(), b.person(), b.dienststelle(), akteur.benutzer(), b.anliegen()))
                    .antwort("aktenzeichen")
                    .bestaetigung(a -> "Der Fall " + a.antwort() + " ist eröffnet."),
            Akt.von(FALL, ErstberatungDokumentieren.class, "/api/faelle/{fallId}/erstberatung", FALL_SEITE + "/erstberatung",
                    "erstberatung", "Die Erstberatung ist dokumentiert."),
            Akt.von(FALL, BeratungsgespraechDokumentieren.class, "/api/faelle/{fallId}/beratungen", FALL_SEITE + "/beratung",
                    "beratung", "Das Beratungsgespräch ist dokumentiert."),
            Akt.von(FALL, EinzelfallanalyseErstellen.class, "/api/faelle/{fallId}/einzelfallanalyse", FALL_SEITE + "/einzelfallanalyse",
                    "einzelfallanalyse", "Die Einzelfallanalyse ist gespeichert."),
            Akt.von(FALL, VermittlungVeranlassen.class, "/api/faelle/{fallId}/vermittlungen", FALL_SEITE + "/vermittlung",
                    "vermittlung", "Die Vermittlung ist veranlasst.")
                    .erzeugt("vermittlungId"),
            Akt.von(FALL, WiedervorlageSetzen.class, "/api/faelle/{fallId}/wiedervorlagen", FALL_SEITE + "/wiedervorlage",
                    "wiedervorlage", "Die Wiedervorlage ist gesetzt.")
                    .erzeugt("wiedervorlageId")
                    .pflicht("faelligAm", "Das Datum der Wiedervorlage fehlt."),
            Akt.von(FALL, WiedervorlageErledigen.class, "/api/faelle/{fallId}/wiedervorlagen/{wiedervorlageId}/erledigung",
                    FALL_SEITE + "/wiedervorlagen/{wiedervorlageId}/erledigung", "erledigung-{wiedervorlageId}", "Die Wiedervorlage ist erledigt."),
            Akt.von(FALL, FallmanagerWechseln.class, "/api/faelle/{fallId}/fallmanager", FALL_SEITE + "/fallmanager",
                    "fallmanager", "Der Fall ist neu zugewiesen."),
            Akt.von(FALL, FallAbschliessen.class, "/api/faelle/{fallId}/abschluss", FALL_SEITE + "/abschluss",
                    "abschluss", "Der Fall ist abgeschlossen."),
            Akt.von(FALL, FallWiederaufnehmen.class, "/api/faelle/{fallId}/wiederaufnahme", FALL_SEITE + "/wiederaufnahme",
                    "wiederaufnahme", "Der Fall ist wieder aufgenommen."),
            // Art. 16 DSGVO: the complete new data of the person, the kind of change, from when (an update only) and why.
            Akt.von(FALL, PersonendatenBerichtigen.class, "/api/faelle/{fallId}/personendaten", FALL_SEITE + "/personendaten",
                    "personendaten", null)
                    .bestaetigung(a -> ((PersonendatenBerichtigen) a.befehl()).art() == Berichtigungsart.AKTUALISIERUNG
                            ? "Die Personendaten sind aktualisiert." : "Die Personendaten sind berichtigt."),

            // The Antrag
            Akt.von(ANTRAG, AntragStellen.class, "/api/antraege", FALL_SEITE + "/antraege", "antrag", "Der Antrag ist erfasst.")
                    .erzeugt("antragId")
                    .pflicht("fallId", "Der Fall, zu dem der Antrag gehört, fehlt."),
            // Without mitRechtsfolgenbelehrung the request carries the written warning: that is the office's rule (the command's default).
            Akt.von(ANTRAG, UnterlagenAnfordern.class, ANTRAG_API + "unterlagen-anforderung", ANTRAG_FORMULAR + "unterlagen-anforderung",
                    "unterlagen-anforderung-{antragId}", "Die Unterlagen sind angefordert.")
                    .erzeugt("anforderungId"),
            Akt.von(ANTRAG, UnterlagenEingangErfassen.class, ANTRAG_API + "unterlagen-eingang", ANTRAG_FORMULAR + "unterlagen-eingang",
                    "unterlagen-eingang-{antragId}", "Der Eingang der Unterlagen ist erfasst."),
            Akt.von(ANTRAG, AntragBewilligen.class, ANTRAG_API + "bewilligung", ANTRAG_FORMULAR + "bewilligung",
                    "bewilligung-{antragId}", "Die Bewilligung ist erfasst.")
                    .erzeugt("entscheidungId"),
            Akt.von(ANTRAG, AntragAblehnen.class, ANTRAG_API + "ablehnung", ANTRAG_FORMULAR + "ablehnung",
                    "ablehnung-{antragId}", "Die Ablehnung ist erfasst.")
                    .erzeugt("entscheidungId"),
            Akt.von(ANTRAG, AntragVersagen.class, ANTRAG_API + "versagung", ANTRAG_FORMULAR + "versagung",
                    "versagung-{antragId}", "Die Versagung ist erfasst.")
                    .erzeugt("entscheidungId"),
            Akt.von(ANTRAG, BewilligungFreigeben.class, ANTRAG_API + "freigabe", ANTRAG_FORMULAR + "freigabe",
                    "freigabe-{antragId}", "Die Bewilligung ist freigegeben."),
            Akt.von(ANTRAG, BescheidBekanntgeben.class, ANTRAG_API + "bescheid", ANTRAG_FORMULAR + "bescheid",
                    "bescheid-{antragId}", "Die Bekanntgabe des Bescheids ist erfasst."),
            Akt.von(ANTRAG, WiderspruchEinlegen.class, ANTRAG_API + "widerspruch", ANTRAG_FORMULAR + "widerspruch",
                    "widerspruch-{antragId}", "Der Widerspruch ist erfasst.")
                    .erzeugt("widerspruchId"),
            Akt.von(ANTRAG, WiderspruchAbhelfen.class, ANTRAG_API + "abhilfe", ANTRAG_FORMULAR + "abhilfe",
                    "abhilfe-{antragId}", "Dem Widerspruch ist abgeholfen.")
                    .erzeugt("neueEntscheidungId", "entscheidungId"),
            Akt.von(ANTRAG, WiderspruchZurueckweisen.class, ANTRAG_API + "zurueckweisung", ANTRAG_FORMULAR + "zurueckweisung",
                    "zurueckweisung-{antragId}", "Der Widerspruch ist zurückgewiesen."),
            Akt.von(ANTRAG, AntragZuruecknehmen.class, ANTRAG_API + "ruecknahme", ANTRAG_FORMULAR + "ruecknahme",
                    "ruecknahme-{antragId}", "Die Rücknahme des Antrags ist erfasst."),
            Akt.von(ANTRAG, AnhoerungEinleiten.class, ANTRAG_API + "anhoerung", ANTRAG_FORMULAR + "anhoerung",
                    "anhoerung-{antragId}", "Die Anhörung ist eingeleitet.")
                    .erzeugt("anhoerungId"),
            Akt.von(ANTRAG, AnhoerungStellungnahmeErfassen.class, ANTRAG_API + "anhoerung/stellungnahme", ANTRAG_FORMULAR + "stellungnahme",
                    "stellungnahme-{antragId}", "Die Stellungnahme ist erfasst."),
            Akt.von(ANTRAG, BewilligungAufheben.class, ANTRAG_API + "aufhebung", ANTRAG_FORMULAR + "aufhebung",
                    "aufhebung-{antragId}", "Die Aufhebung der Bewilligung ist erfasst.")
                    .erzeugt("entscheidungId")
                    .pflicht("aufgehobenAb", "Das Datum, ab dem die Bewilligung aufgehoben wird, fehlt."),

            // The Hilfevereinbarung (§ 12 SGB XII); the form drafts one goal and one measure, the API any number.
            Akt.von(HILFEVEREINBARUNG, Vereinbarungsangabe.class, HilfevereinbarungEntwerfen.class,
                            (e, akteur) -> new HilfevereinbarungEntwerfen(null, e.fallId(), e.inhalt()),
                            "/api/hilfevereinbarungen", FALL_SEITE + "/hilfevereinbarungen", "hilfevereinbarung",
                            "Der Entwurf der Hilfevereinbarung ist gespeichert.")
                    .erzeugt("hilfevereinbarungId")
                    .pflicht("fallId", "Der Fall fehlt: bitte die Kennung des Falls (fallId) angeben."),
            Akt.von(HILFEVEREINBARUNG, Vereinbarungsangabe.class, EntwurfAendern.class,
                    (e, akteur) -> new EntwurfAendern(null, e.version(), e.inhalt()), HV_API + "entwurf", null, null, null),
            Akt.von(HILFEVEREINBARUNG, Vereinbarungsangabe.class, HilfevereinbarungFortschreiben.class,
                    (e, akteur) -> new HilfevereinbarungFortschreiben(null, e.version(), e.inhalt(), e.anlass()),
                    HV_API + "fortschreibung", null, null, null),
            // The office's signature is given by the user who records it; the person signs on paper and the user records that.
            Akt.von(HILFEVEREINBARUNG, HilfevereinbarungUnterzeichnen.class, HV_API + "unterschrift", HV_FORMULAR + "unterschrift",
                    "unterschrift-{hilfevereinbarungId}", "Die Unterschrift ist erfasst.")
                    .pflicht("unterzeichner", "Es fehlt, wer unterschreibt (PERSON oder FALLMANAGER).")
                    .ergaenzt((b, akteur) -> new HilfevereinbarungUnterzeichnen(b.hilfevereinbarungId(), b.version(), b.unterzeichner(),
                            b.datum(), b.unterzeichner() == Unterzeichner.FALLMANAGER ? akteur.benutzer() : null)),
            Akt.von(HILFEVEREINBARUNG, MassnahmeBeginnen.class, HV_API + "massnahmen/{massnahmeId}/beginn",
                    HV_FORMULAR + "massnahmen/{massnahmeId}/beginn", "massnahme-{massnahmeId}", "Der Stand der Maßnahme ist erfasst."),
            Akt.von(HILFEVEREINBARUNG, MassnahmeAbschliessen.class, HV_API + "massnahmen/{massnahmeId}/abschluss",
                    HV_FORMULAR + "massnahmen/{massnahmeId}/abschluss", "massnahme-{massnahmeId}", "Der Stand der Maßnahme ist erfasst."),
            Akt.von(HILFEVEREINBARUNG, MassnahmeAbbrechen.class, HV_API + "massnahmen/{massnahmeId}/abbruch",
                    HV_FORMULAR + "massnahmen/{massnahmeId}/abbruch", "massnahme-{massnahmeId}", "Der Stand der Maßnahme ist erfasst."),
            Akt.von(HILFEVEREINBARUNG, ZielerreichungFeststellen.class, HV_API + "ziele/{zielId}/erreicht",
                    HV_FORMULAR + "ziele/{zielId}/erreicht", "ziel-{zielId}", "Die Zielerreichung ist festgestellt."),
            // One form for both outcomes: its note is the reason when the goal was missed.
            Akt.von(HILFEVEREINBARUNG, ZielverfehlungFeststellen.class, HV_API + "ziele/{zielId}/verfehlt",
                    HV_FORMULAR + "ziele/{zielId}/verfehlt", "ziel-{zielId}", "Die Zielerreichung ist festgestellt.")
                    .feld("vermerk", "begruendung"),
            Akt.von(HILFEVEREINBARUNG, UeberpruefungDokumentieren.class, HV_API + "ueberpruefung", HV_FORMULAR + "ueberpruefung",
                    "ueberpruefung-{hilfevereinbarungId}", "Die Überprüfung ist dokumentiert."),
            Akt.von(HILFEVEREINBARUNG, PflichtverletzungDokumentieren.class, HV_API + "pflichtverletzung", HV_FORMULAR + "pflichtverletzung",
                    "pflichtverletzung-{hilfevereinbarungId}", "Die Pflichtverletzung ist mit der Stellungnahme dokumentiert.")
                    .pflicht("pflichtId", "Es fehlt, welche Pflicht verletzt wurde (pflichtId)."),
            Akt.von(HILFEVEREINBARUNG, EinwilligungswiderrufErfassen.class, HV_API + "einwilligungswiderruf",
                    HV_FORMULAR + "einwilligungswiderruf", "widerruf-{hilfevereinbarungId}", "Der Widerruf der Einwilligung ist erfasst."),
            Akt.von(HILFEVEREINBARUNG, HilfevereinbarungBeenden.class, HV_API + "beendigung", HV_FORMULAR + "beendigung",
                    "beendigung-{hilfevereinbarungId}", "Die Hilfevereinbarung ist beendet."));

    private Akte() {
    }
}

package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.kennzahlen.Bearbeitungsdauer;
import de.fallbuch.kernel.kennzahlen.Dichte;
import de.fallbuch.kernel.kennzahlen.Erstentscheidungen;
import de.fallbuch.kernel.kennzahlen.Hilfevereinbarungen;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import de.fallbuch.kernel.kennzahlen.Untaetigkeit;
import de.fallbuch.kernel.kennzahlen.Widersprueche;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Ergebnis;
import de.fallbuch.query.kennzahlen.KennzahlenAbfrageHandler.Roh;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the exact figures into the published ones: declares which counts add up to which
 * ({@link Geheimhaltung} lines), lets {@link Geheimhaltung} choose the cells a reader must not
 * learn, and blanks them together with every amount, average, median, percentile, density and share
 * that rests on them. A blanked figure is null and named in the {@code unterdrueckt} list of its
 * object (docs/kennzahlen.md, "Geheimhaltung").
 */
final class Unterdrueckung {

    // Keys of the counts within one area (Dienststelle or total).
    static final String LEISTUNGSBEZUEGE = "leistungsbezuege";
    static final String EMPFAENGER_PERSONEN = "empfaengerPersonen";
    static final String ERSTENTSCHEIDUNGEN = "erstentscheidungen";
    static final String BEWILLIGT = "bewilligt";
    static final String ABGELEHNT = "abgelehnt";
    static final String VERSAGT = "versagt";
    static final String ZURUECKGENOMMEN = "zurueckgenommen";
    static final String BESCHEIDE = "bescheideBekanntgegeben";
    static final String WIDERSPRUECHE = "widersprueche";
    static final String RECHTZEITIG = "rechtzeitig";
    /** Late Widersprüche: never published, but eingegangen − rechtzeitig. */
    static final String VERSPAETET = "verspaetet";
    static final String ABGEHOLFEN = "abgeholfen";
    static final String ZURUECKGEWIESEN = "zurueckgewiesen";
    static final String ANTRAEGE_UEBERFAELLIG = "antraegeUeberSechsMonate";
    static final String WIDERSPRUECHE_UEBERFAELLIG = "widerspruecheUeberDreiMonate";
    static final String IN_KRAFT = "inKraft";
    static final String ZIELE_ERREICHT = "zieleErreicht";
    static final String ZIELE_VERFEHLT = "zieleVerfehlt";

    private Unterdrueckung() {
    }

    static String empfaenger(Leistungsart art) {
        return "empfaenger:" + art.name();
    }

    static String empfaengerAb65(Leistungsart art) {
        return "empfaengerAb65:" + art.name();
    }

    /** Recipients under 65 of a Leistungsart with a density "im Alter": never published, but the difference of two published counts. */
    static String empfaengerUnter65(Leistungsart art) {
        return "empfaengerUnter65:" + art.name();
    }

    /** The published figures: the exact ones with every cell blanked that could identify a person. */
    static Kennzahlen anwenden(Ergebnis ergebnis, int mindestfallzahl) {
        Geheimhaltung geheimhaltung = new Geheimhaltung();
        List<String> namen = new ArrayList<>();
        for (Roh bereich : ergebnis.bereiche()) {
            namen.add(bereich.werte().dienststelle());
            zellen(geheimhaltung, bereich.werte().dienststelle(), bereich);
        }
        // null is the total's area: a Dienststelle might be called "Gesamt".
        zellen(geheimhaltung, null, ergebnis.gesamt());
        // The Dienststellen add up to the total, figure by figure.
        for (String kennung : ergebnis.gesamt().personen().keySet()) {
            geheimhaltung.linie(namen.stream().map(n -> new Geheimhaltung.Zelle(n, kennung)).toList(), new Geheimhaltung.Zelle(null, kennung));
        }
        Set<Geheimhaltung.Zelle> unbekannt = geheimhaltung.unbekannt(mindestfallzahl);

        Kennzahlen roh = ergebnis.roh();
        List<KennzahlenBereich> bereiche = roh.dienststellen().stream()
                .map(b -> bereich(b, kennung -> unbekannt.contains(new Geheimhaltung.Zelle(b.dienststelle(), kennung))))
                .toList();
        KennzahlenBereich gesamt = bereich(roh.gesamt(), kennung -> unbekannt.contains(new Geheimhaltung.Zelle(null, kennung)));
        return new Kennzahlen(roh.stichtag(), roh.von(), roh.bis(), roh.bevoelkerungsjahr(), bereiche, gesamt, roh.hinweise(),
                mindestfallzahl);
    }

    /** The counts of one area and how they add up within it. */
    private static void zellen(Geheimhaltung geheimhaltung, String bereich, Roh roh) {
        roh.personen().forEach((kennung, personen) -> geheimhaltung.zelle(bereich, kennung, personen,
                kennung.equals(VERSPAETET) || kennung.startsWith("empfaengerUnter65:")));
        List<Geheimhaltung.Zelle> arten = new ArrayList<>();
        for (Leistungsart art : Leistungsart.values()) {
            arten.add(new Geheimhaltung.Zelle(bereich, empfaenger(art)));
            if (roh.personen().containsKey(empfaengerAb65(art))) {
                geheimhaltung.linie(List.of(new Geheimhaltung.Zelle(bereich, empfaengerAb65(art)), new Geheimhaltung.Zelle(bereich,
                        empfaengerUnter65(art))), new Geheimhaltung.Zelle(bereich, empfaenger(art)));
            }
        }
        geheimhaltung.linie(arten, new Geheimhaltung.Zelle(bereich, LEISTUNGSBEZUEGE));
        geheimhaltung.linie(List.of(new Geheimhaltung.Zelle(bereich, BEWILLIGT), new Geheimhaltung.Zelle(bereich, ABGELEHNT),
                new Geheimhaltung.Zelle(bereich, VERSAGT)), new Geheimhaltung.Zelle(bereich, ERSTENTSCHEIDUNGEN));
        geheimhaltung.linie(List.of(new Geheimhaltung.Zelle(bereich, RECHTZEITIG), new Geheimhaltung.Zelle(bereich, VERSPAETET)),
                new Geheimhaltung.Zelle(bereich, WIDERSPRUECHE));
    }

    /** One area with the unknown counts and everything resting on them blanked. */
    private static KennzahlenBereich bereich(KennzahlenBereich b, Predicate<String> unbekannt) {
        List<LeistungsartKennzahlen> arten = new ArrayList<>();
        boolean bezuegeUnbekannt = unbekannt.test(LEISTUNGSBEZUEGE);
        boolean personenUnbekannt = unbekannt.test(EMPFAENGER_PERSONEN);
        for (LeistungsartKennzahlen la : b.leistungsarten()) {
            Liste weg = new Liste();
            boolean anzahl = unbekannt.test(empfaenger(la.leistungsart()));
            List<Dichte> dichten = new ArrayList<>();
            List<Dichtebezug> bezuege = Dichtebezug.fuer(la.leistungsart());
            for (int i = 0; i < la.dichten().size(); i++) {
                Dichte d = la.dichten().get(i);
                Liste dichteWeg = new Liste();
                // "im Alter" counts only the recipients of 65 and over
                boolean zaehler = bezuege.get(i).empfaengerAltersgruppe() != null ? unbekannt.test(empfaengerAb65(la.leistungsart())) : anzahl;
                dichten.add(new Dichte(d.bezug(), d.altersgruppen(), dichteWeg.wert("empfaenger", d.empfaenger(), zaehler), d.einwohner(),
                        dichteWeg.wert("je1000Einwohner", d.je1000Einwohner(), zaehler), dichteWeg.namen()));
            }
            // A share of nobody is 0 % of any total and gives nothing away; any other share would give the total.
            boolean niemand = !anzahl && la.empfaenger() == 0;
            arten.add(new LeistungsartKennzahlen(la.leistungsart(),
                    weg.wert("empfaenger", la.empfaenger(), anzahl),
                    weg.wert("anteilEmpfaengerProzent", la.anteilEmpfaengerProzent(), anzahl || bezuegeUnbekannt && !niemand),
                    weg.wert("betragMonatlichCent", la.betragMonatlichCent(), anzahl),
                    weg.wert("anteilBetragProzent", la.anteilBetragProzent(), anzahl || bezuegeUnbekannt && !niemand),
                    weg.wert("betragJeEmpfaengerCent", la.betragJeEmpfaengerCent(), anzahl),
                    dichten, weg.namen()));
        }

        Bearbeitungsdauer dauer = b.bearbeitungsdauer();
        boolean entscheidungenUnbekannt = unbekannt.test(ERSTENTSCHEIDUNGEN);
        Liste dauerWeg = new Liste();
        Bearbeitungsdauer neueDauer = new Bearbeitungsdauer(dauerWeg.wert("anzahl", dauer.anzahl(), entscheidungenUnbekannt),
                dauerWeg.wert("medianTage", dauer.medianTage(), entscheidungenUnbekannt),
                dauerWeg.wert("perzentil90Tage", dauer.perzentil90Tage(), entscheidungenUnbekannt), dauerWeg.namen());

        Erstentscheidungen e = b.erstentscheidungen();
        Liste erstWeg = new Liste();
        boolean bewilligt = unbekannt.test(BEWILLIGT);
        boolean abgelehnt = unbekannt.test(ABGELEHNT);
        boolean versagt = unbekannt.test(VERSAGT);
        Erstentscheidungen erste = new Erstentscheidungen(
                erstWeg.wert("anzahl", e.anzahl(), entscheidungenUnbekannt),
                erstWeg.wert("bewilligt", e.bewilligt(), bewilligt),
                erstWeg.wert("abgelehnt", e.abgelehnt(), abgelehnt),
                erstWeg.wert("versagt", e.versagt(), versagt),
                erstWeg.wert("bewilligungsquoteProzent", e.bewilligungsquoteProzent(), bewilligt || entscheidungenUnbekannt),
                erstWeg.wert("ablehnungsquoteProzent", e.ablehnungsquoteProzent(), abgelehnt || entscheidungenUnbekannt),
                erstWeg.wert("versagungsquoteProzent", e.versagungsquoteProzent(), versagt || entscheidungenUnbekannt),
                erstWeg.wert("zurueckgenommen", e.zurueckgenommen(), unbekannt.test(ZURUECKGENOMMEN)),
                erstWeg.namen());

        Widersprueche w = b.widersprueche();
        Liste widWeg = new Liste();
        boolean bescheide = unbekannt.test(BESCHEIDE);
        boolean eingegangen = unbekannt.test(WIDERSPRUECHE);
        boolean abgeholfen = unbekannt.test(ABGEHOLFEN);
        boolean zurueckgewiesen = unbekannt.test(ZURUECKGEWIESEN);
        Widersprueche widersprueche = new Widersprueche(
                widWeg.wert("bescheideBekanntgegeben", w.bescheideBekanntgegeben(), bescheide),
                widWeg.wert("eingegangen", w.eingegangen(), eingegangen),
                widWeg.wert("rechtzeitig", w.rechtzeitig(), unbekannt.test(RECHTZEITIG)),
                widWeg.wert("widerspruchsquoteProzent", w.widerspruchsquoteProzent(), eingegangen || bescheide),
                widWeg.wert("abgeholfen", w.abgeholfen(), abgeholfen),
                widWeg.wert("zurueckgewiesen", w.zurueckgewiesen(), zurueckgewiesen),
                widWeg.wert("abhilfequoteProzent", w.abhilfequoteProzent(), abgeholfen || zurueckgewiesen),
                widWeg.namen());

        Untaetigkeit u = b.untaetigkeit();
        Liste untWeg = new Liste();
        Untaetigkeit untaetigkeit = new Untaetigkeit(
                untWeg.wert("antraegeUeberSechsMonate", u.antraegeUeberSechsMonate(), unbekannt.test(ANTRAEGE_UEBERFAELLIG)),
                untWeg.wert("widerspruecheUeberDreiMonate", u.widerspruecheUeberDreiMonate(), unbekannt.test(WIDERSPRUECHE_UEBERFAELLIG)),
                untWeg.namen());

        Hilfevereinbarungen h = b.hilfevereinbarungen();
        Liste hvWeg = new Liste();
        boolean erreicht = unbekannt.test(ZIELE_ERREICHT);
        boolean verfehlt = unbekannt.test(ZIELE_VERFEHLT);
        Hilfevereinbarungen vereinbarungen = new Hilfevereinbarungen(
                hvWeg.wert("inKraft", h.inKraft(), unbekannt.test(IN_KRAFT)),
                hvWeg.wert("zieleErreicht", h.zieleErreicht(), erreicht),
                hvWeg.wert("zieleVerfehlt", h.zieleVerfehlt(), verfehlt),
                hvWeg.wert("zielerreichungsquoteProzent", h.zielerreichungsquoteProzent(), erreicht || verfehlt),
                hvWeg.namen());

        Liste weg = new Liste();
        return new KennzahlenBereich(b.dienststelle(), arten,
                weg.wert("empfaengerPersonen", b.empfaengerPersonen(), personenUnbekannt),
                weg.wert("leistungsbezuege", b.leistungsbezuege(), bezuegeUnbekannt),
                weg.wert("betragMonatlichCent", b.betragMonatlichCent(), bezuegeUnbekannt),
                weg.wert("betragJeEmpfaengerCent", b.betragJeEmpfaengerCent(), bezuegeUnbekannt || personenUnbekannt),
                neueDauer, erste, widersprueche, untaetigkeit, vereinbarungen, weg.namen());
    }

    /** Collects the names of the blanked figures of one object. */
    private static final class Liste {

        private final List<String> namen = new ArrayList<>();

        <T> T wert(String name, T wert, boolean unterdruecken) {
            if (!unterdruecken) {
                return wert;
            }
            namen.add(name);
            return null;
        }

        List<String> namen() {
            return List.copyOf(namen);
        }
    }
}

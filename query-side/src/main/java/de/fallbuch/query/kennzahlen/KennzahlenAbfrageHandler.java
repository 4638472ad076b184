package de.fallbuch.query.kennzahlen;

import de.fallbuch.kernel.antrag.Fristenrechner;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import de.fallbuch.kernel.kennzahlen.Bearbeitungsdauer;
import de.fallbuch.kernel.kennzahlen.Dichte;
import de.fallbuch.kernel.kennzahlen.Erstentscheidungen;
import de.fallbuch.kernel.kennzahlen.Hilfevereinbarungen;
import de.fallbuch.kernel.kennzahlen.Kennzahlen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import de.fallbuch.kernel.kennzahlen.LeistungsartKennzahlen;
import de.fallbuch.kernel.kennzahlen.Untaetigkeit;
import de.fallbuch.kernel.kennzahlen.Widersprueche;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the Kennzahlen from the pseudonymised facts of {@link KennzahlenProjektor} and the
 * population figures. Every figure follows from business dates only (receipt, decision, approval,
 * Bewilligungszeitraum, Aufhebung ab, Bekanntgabe, Widerspruch), so the figures for a Stichtag are
 * those a report on that day would have shown, and a replay gives the same figures. The rules are
 * documented in docs/kennzahlen.md; the arithmetic is kept in plain Java so it reads like them.
 */
@Component
class KennzahlenAbfrageHandler {

    static final String GESAMT = "Gesamt";
    /** Densities get four decimals: a small area with few recipients would otherwise show 0.01 for everything. */
    static final int DICHTE_NACHKOMMASTELLEN = 4;

    /** Never below 2: with 1 a figure could rest on a single person (docs/kennzahlen.md, "Geheimhaltung"). */
    static final int KLEINSTE_MINDESTFALLZAHL = 2;

    private final JdbcClient jdbc;
    private final int mindestfallzahl;

    KennzahlenAbfrageHandler(JdbcClient jdbc, @Value("${fallbuch.kennzahlen.mindestfallzahl:3}") int mindestfallzahl) {
        if (mindestfallzahl < KLEINSTE_MINDESTFALLZAHL) {
            throw new IllegalArgumentException("fallbuch.kennzahlen.mindestfallzahl muss mindestens " + KLEINSTE_MINDESTFALLZAHL
                    + " sein (ist " + mindestfallzahl + "): eine Kennzahl aus den Daten einer einzigen Person wäre personenbezogen.");
        }
        this.jdbc = jdbc;
        this.mindestfallzahl = mindestfallzahl;
    }

    record Antrag(UUID antragId, UUID fallId, String dienststelle, Leistungsart leistungsart, Altersgruppe altersgruppe,
            LocalDate eingangsdatum, LocalDate ersteEntscheidungAm, String ersteEntscheidungArt, LocalDate zurueckgenommenAm) {
    }

    record Entscheidung(UUID id, Antrag antrag, String art, LocalDate wirksamAm, Long betragCent, LocalDate von, LocalDate bis,
            UUID ersetztId, UUID aufgehobeneId, LocalDate aufgehobenAb, LocalDate bekanntgabeAm) {
    }

    record Widerspruch(UUID fallId, String dienststelle, LocalDate eingegangenAm, boolean rechtzeitig, String ergebnis, LocalDate erledigtAm) {
    }

    record Vereinbarung(UUID fallId, String dienststelle, LocalDate inKraftAb, LocalDate beendetAm) {
    }

    record Ziel(UUID fallId, String dienststelle, String ergebnis, LocalDate am) {
    }

    /** The figures of one area as computed, and the persons (Fälle) behind each count (keys: {@link Unterdrueckung}). */
    record Roh(KennzahlenBereich werte, Map<String, Set<UUID>> personen) {
    }

    /** All facts of the Dienststellen asked for. */
    record Fakten(List<Antrag> antraege, List<Entscheidung> entscheidungen, List<Widerspruch> widersprueche,
            List<Vereinbarung> vereinbarungen, List<Ziel> ziele, Map<String, Map<Altersgruppe, Long>> einwohner) {
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Kennzahlen handle(KennzahlenAbfragen abfrage) {
        return Unterdrueckung.anwenden(berechnen(abfrage), mindestfallzahl);
    }

    /** The figures before suppression: exact, and never to be shown as they are. */
    Ergebnis berechnen(KennzahlenAbfragen abfrage) {
        return rechnen(laden(abfrage.dienststellen(), abfrage.stichtag().getYear()), abfrage, mindestfallzahl);
    }

    static Ergebnis rechnen(Fakten fakten, KennzahlenAbfragen abfrage, int mindestfallzahl) {
        Set<String> auswahl = abfrage.dienststellen();
        LocalDate stichtag = abfrage.stichtag();
        int jahr = stichtag.getYear();
        Set<String> dienststellen = new TreeSet<>(auswahl);
        if (auswahl.isEmpty()) {
            fakten.antraege().forEach(a -> dienststellen.add(a.dienststelle()));
            fakten.vereinbarungen().forEach(v -> dienststellen.add(v.dienststelle()));
            dienststellen.addAll(fakten.einwohner().keySet());
        }
        List<String> hinweise = new ArrayList<>();
        for (String ds : dienststellen) {
            if (!vollstaendig(fakten.einwohner().get(ds))) {
                hinweise.add("Für die Dienststelle " + ds + " liegen für " + jahr + " keine vollständigen Bevölkerungszahlen vor; "
                        + "Dichten je 1.000 Einwohner werden für sie und für die Gesamtsumme nicht berechnet.");
            }
        }
        List<Roh> bereiche = dienststellen.stream()
                .map(ds -> bereich(ds, Set.of(ds), fakten, abfrage))
                .toList();
        Roh gesamt = bereich(GESAMT, dienststellen, fakten, abfrage);
        return new Ergebnis(new Kennzahlen(stichtag, abfrage.von(), abfrage.bis(), jahr, bereiche.stream().map(Roh::werte).toList(),
                gesamt.werte(), hinweise, mindestfallzahl), bereiche, gesamt);
    }

    /** The exact figures and the persons behind their counts, per Dienststelle and in total. */
    record Ergebnis(Kennzahlen roh, List<Roh> bereiche, Roh gesamt) {
    }

    static Roh bereich(String name, Set<String> dienststellen, Fakten fakten, KennzahlenAbfragen abfrage) {
        LocalDate stichtag = abfrage.stichtag();
        Predicate<LocalDate> imZeitraum = tag -> tag != null && !tag.isBefore(abfrage.von()) && !tag.isAfter(abfrage.bis());
        List<Antrag> antraege = fakten.antraege().stream().filter(a -> dienststellen.contains(a.dienststelle())).toList();
        List<Entscheidung> entscheidungen = fakten.entscheidungen().stream()
                .filter(e -> dienststellen.contains(e.antrag().dienststelle())).toList();

        // Stocks on the Stichtag: the grants running that day.
        List<Entscheidung> laufend = laufendeBewilligungen(entscheidungen, stichtag);
        Map<Leistungsart, Set<UUID>> empfaenger = new HashMap<>();
        Map<Leistungsart, Set<UUID>> empfaengerAb65 = new HashMap<>();
        // Sums of monthly amounts are exact integers: stored grants are never checked again, so old
        // events may carry amounts above today's limit, and a long would wrap around silently.
        Map<Leistungsart, BigInteger> betraege = new HashMap<>();
        Set<UUID> personen = new HashSet<>();
        for (Entscheidung b : laufend) {
            Leistungsart art = b.antrag().leistungsart();
            empfaenger.computeIfAbsent(art, k -> new HashSet<>()).add(b.antrag().fallId());
            if (b.antrag().altersgruppe() == Altersgruppe.AB_65) {
                empfaengerAb65.computeIfAbsent(art, k -> new HashSet<>()).add(b.antrag().fallId());
            }
            betraege.merge(art, BigInteger.valueOf(b.betragCent()), BigInteger::add);
            personen.add(b.antrag().fallId());
        }
        Map<String, Set<UUID>> hinter = new HashMap<>();
        int leistungsbezuege = empfaenger.values().stream().mapToInt(Set::size).sum();
        BigInteger betragGesamt = betraege.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<LeistungsartKennzahlen> leistungsarten = new ArrayList<>();
        for (Leistungsart art : Leistungsart.values()) {
            int anzahl = empfaenger.getOrDefault(art, Set.of()).size();
            hinter.put(Unterdrueckung.empfaenger(art), empfaenger.getOrDefault(art, Set.of()));
            if (Dichtebezug.fuer(art).stream().anyMatch(d -> d.empfaengerAltersgruppe() != null)) {
                Set<UUID> ab65 = empfaengerAb65.getOrDefault(art, Set.of());
                Set<UUID> juenger = new HashSet<>(empfaenger.getOrDefault(art, Set.of()));
                juenger.removeAll(ab65);
                hinter.put(Unterdrueckung.empfaengerAb65(art), ab65);
                hinter.put(Unterdrueckung.empfaengerUnter65(art), juenger);
            }
            BigInteger betrag = betraege.getOrDefault(art, BigInteger.ZERO);
            List<Dichte> dichten = Dichtebezug.fuer(art).stream().map(bezug -> {
                int zaehler = (bezug.empfaengerAltersgruppe() == null ? empfaenger : empfaengerAb65).getOrDefault(art, Set.of()).size();
                Long einwohner = einwohner(fakten.einwohner(), dienststellen, bezug.altersgruppen());
                BigDecimal je1000 = einwohner == null || einwohner == 0 ? null
                        : BigDecimal.valueOf(zaehler * 1000L).divide(BigDecimal.valueOf(einwohner), DICHTE_NACHKOMMASTELLEN, RoundingMode.HALF_UP);
                return new Dichte(bezug.bezug(), bezug.altersgruppen(), zaehler, einwohner, je1000, List.of());
            }).toList();
            leistungsarten.add(new LeistungsartKennzahlen(art, anzahl, prozent(anzahl, leistungsbezuege), betrag,
                    prozent(betrag, betragGesamt), geteilt(betrag, anzahl), dichten, List.of()));
        }

        // Flows in the period: first decisions and how long they took.
        List<Antrag> erstentschieden = antraege.stream().filter(a -> imZeitraum.test(a.ersteEntscheidungAm())).toList();
        List<Long> tage = erstentschieden.stream()
                .map(a -> ChronoUnit.DAYS.between(a.eingangsdatum(), a.ersteEntscheidungAm()))
                .sorted()
                .toList();
        Bearbeitungsdauer dauer = new Bearbeitungsdauer(tage.size(), median(tage), perzentil90(tage), List.of());
        int n = erstentschieden.size();
        int bewilligt = anzahl(erstentschieden, "BEWILLIGUNG");
        int abgelehnt = anzahl(erstentschieden, "ABLEHNUNG");
        int versagt = anzahl(erstentschieden, "VERSAGUNG");
        int zurueckgenommen = (int) antraege.stream().filter(a -> imZeitraum.test(a.zurueckgenommenAm())).count();
        Erstentscheidungen erste = new Erstentscheidungen(n, bewilligt, abgelehnt, versagt, prozent(bewilligt, n),
                prozent(abgelehnt, n), prozent(versagt, n), zurueckgenommen, List.of());
        hinter.put(Unterdrueckung.ERSTENTSCHEIDUNGEN, faelle(erstentschieden));
        hinter.put(Unterdrueckung.BEWILLIGT, faelle(erstentschieden.stream().filter(a -> "BEWILLIGUNG".equals(a.ersteEntscheidungArt())).toList()));
        hinter.put(Unterdrueckung.ABGELEHNT, faelle(erstentschieden.stream().filter(a -> "ABLEHNUNG".equals(a.ersteEntscheidungArt())).toList()));
        hinter.put(Unterdrueckung.VERSAGT, faelle(erstentschieden.stream().filter(a -> "VERSAGUNG".equals(a.ersteEntscheidungArt())).toList()));
        hinter.put(Unterdrueckung.ZURUECKGENOMMEN, faelle(antraege.stream().filter(a -> imZeitraum.test(a.zurueckgenommenAm())).toList()));

        List<Widerspruch> widersprueche = fakten.widersprueche().stream()
                .filter(w -> dienststellen.contains(w.dienststelle())).toList();
        List<Entscheidung> bekanntgegeben = entscheidungen.stream().filter(e -> imZeitraum.test(e.bekanntgabeAm())).toList();
        int bescheide = bekanntgegeben.size();
        hinter.put(Unterdrueckung.BESCHEIDE, faelle(bekanntgegeben.stream().map(Entscheidung::antrag).toList()));
        List<Widerspruch> eingegangen = widersprueche.stream().filter(w -> imZeitraum.test(w.eingegangenAm())).toList();
        List<Widerspruch> rechtzeitige = eingegangen.stream().filter(Widerspruch::rechtzeitig).toList();
        List<Widerspruch> abgeholfene = widersprueche.stream().filter(w -> "ABGEHOLFEN".equals(w.ergebnis()) && imZeitraum.test(w.erledigtAm())).toList();
        List<Widerspruch> zurueckgewiesene = widersprueche.stream()
                .filter(w -> "ZURUECKGEWIESEN".equals(w.ergebnis()) && imZeitraum.test(w.erledigtAm())).toList();
        int rechtzeitig = rechtzeitige.size();
        int abgeholfen = abgeholfene.size();
        int zurueckgewiesen = zurueckgewiesene.size();
        Widersprueche wid = new Widersprueche(bescheide, eingegangen.size(), rechtzeitig, prozent(eingegangen.size(), bescheide),
                abgeholfen, zurueckgewiesen, prozent(abgeholfen, abgeholfen + zurueckgewiesen), List.of());
        hinter.put(Unterdrueckung.WIDERSPRUECHE, personen(eingegangen, Widerspruch::fallId));
        hinter.put(Unterdrueckung.RECHTZEITIG, personen(rechtzeitige, Widerspruch::fallId));
        hinter.put(Unterdrueckung.VERSPAETET, personen(eingegangen.stream().filter(w -> !w.rechtzeitig()).toList(), Widerspruch::fallId));
        hinter.put(Unterdrueckung.ABGEHOLFEN, personen(abgeholfene, Widerspruch::fallId));
        hinter.put(Unterdrueckung.ZURUECKGEWIESEN, personen(zurueckgewiesene, Widerspruch::fallId));

        // §88 SGG on the Stichtag: still undecided after the period has run out.
        List<Antrag> antraegeUeberfaellig = antraege.stream()
                .filter(a -> !a.eingangsdatum().isAfter(stichtag))
                .filter(a -> nichtBis(a.ersteEntscheidungAm(), stichtag) && nichtBis(a.zurueckgenommenAm(), stichtag))
                .filter(a -> Fristenrechner.untaetigkeitsfristEndeAntrag(a.eingangsdatum()).isBefore(stichtag))
                .toList();
        List<Widerspruch> widerspruecheUeberfaellig = widersprueche.stream()
                .filter(w -> !w.eingegangenAm().isAfter(stichtag) && nichtBis(w.erledigtAm(), stichtag))
                .filter(w -> Fristenrechner.untaetigkeitsfristEndeWiderspruch(w.eingegangenAm()).isBefore(stichtag))
                .toList();
        hinter.put(Unterdrueckung.ANTRAEGE_UEBERFAELLIG, faelle(antraegeUeberfaellig));
        hinter.put(Unterdrueckung.WIDERSPRUECHE_UEBERFAELLIG, personen(widerspruecheUeberfaellig, Widerspruch::fallId));

        List<Vereinbarung> inKraft = fakten.vereinbarungen().stream()
                .filter(v -> dienststellen.contains(v.dienststelle()))
                .filter(v -> v.inKraftAb() != null && !v.inKraftAb().isAfter(stichtag) && nichtBis(v.beendetAm(), stichtag))
                .toList();
        List<Ziel> ziele = fakten.ziele().stream().filter(z -> dienststellen.contains(z.dienststelle()) && imZeitraum.test(z.am())).toList();
        List<Ziel> erreicht = ziele.stream().filter(z -> "ERREICHT".equals(z.ergebnis())).toList();
        List<Ziel> verfehlt = ziele.stream().filter(z -> !"ERREICHT".equals(z.ergebnis())).toList();
        hinter.put(Unterdrueckung.IN_KRAFT, personen(inKraft, Vereinbarung::fallId));
        hinter.put(Unterdrueckung.ZIELE_ERREICHT, personen(erreicht, Ziel::fallId));
        hinter.put(Unterdrueckung.ZIELE_VERFEHLT, personen(verfehlt, Ziel::fallId));
        hinter.put(Unterdrueckung.LEISTUNGSBEZUEGE, personen);
        hinter.put(Unterdrueckung.EMPFAENGER_PERSONEN, personen);

        KennzahlenBereich werte = new KennzahlenBereich(name, leistungsarten, personen.size(), leistungsbezuege, betragGesamt,
                geteilt(betragGesamt, personen.size()), dauer, erste, wid,
                new Untaetigkeit(antraegeUeberfaellig.size(), widerspruecheUeberfaellig.size(), List.of()),
                new Hilfevereinbarungen(inKraft.size(), erreicht.size(), verfehlt.size(), prozent(erreicht.size(), ziele.size()), List.of()),
                List.of());
        return new Roh(werte, hinter);
    }

    private static Set<UUID> faelle(List<Antrag> antraege) {
        return personen(antraege, Antrag::fallId);
    }

    private static <T> Set<UUID> personen(List<T> eintraege, java.util.function.Function<T, UUID> fall) {
        Set<UUID> faelle = new HashSet<>();
        eintraege.forEach(e -> faelle.add(fall.apply(e)));
        return faelle;
    }

    /**
     * The grants running on the Stichtag as known that day: in force by then (decided, and approved
     * where approval was needed), the Stichtag within the Bewilligungszeitraum, not superseded by a
     * decision in force by then (Abhilfe), and not revoked by an Aufhebung decided by then whose
     * "aufgehoben ab" has been reached.
     */
    static List<Entscheidung> laufendeBewilligungen(Collection<Entscheidung> entscheidungen, LocalDate stichtag) {
        Set<UUID> ersetzt = new HashSet<>();
        Set<UUID> aufgehoben = new HashSet<>();
        for (Entscheidung e : entscheidungen) {
            if (e.wirksamAm() == null || e.wirksamAm().isAfter(stichtag)) {
                continue;
            }
            if (e.ersetztId() != null) {
                ersetzt.add(e.ersetztId());
            }
            if (e.aufgehobeneId() != null && !e.aufgehobenAb().isAfter(stichtag)) {
                aufgehoben.add(e.aufgehobeneId());
            }
        }
        return entscheidungen.stream()
                .filter(e -> "BEWILLIGUNG".equals(e.art()))
                .filter(e -> e.wirksamAm() != null && !e.wirksamAm().isAfter(stichtag))
                .filter(e -> !e.von().isAfter(stichtag) && !e.bis().isBefore(stichtag))
                .filter(e -> !ersetzt.contains(e.id()) && !aufgehoben.contains(e.id()))
                .toList();
    }

    /** Median of sorted values: the middle one, or the mean of the two middle ones. */
    static BigDecimal median(List<Long> sortiert) {
        int n = sortiert.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sortiert.get(n / 2));
        }
        long summe = sortiert.get(n / 2 - 1) + sortiert.get(n / 2);
        return summe % 2 == 0 ? BigDecimal.valueOf(summe / 2) : BigDecimal.valueOf(summe).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    /** 90th percentile by nearest rank: the value at rank ⌈0.9 · n⌉ of the sorted values. */
    static Integer perzentil90(List<Long> sortiert) {
        int n = sortiert.size();
        if (n == 0) {
            return null;
        }
        int rang = (int) Math.ceil(0.9 * n);
        return Math.toIntExact(sortiert.get(rang - 1));
    }

    private static boolean nichtBis(LocalDate tag, LocalDate stichtag) {
        return tag == null || tag.isAfter(stichtag);
    }

    private static int anzahl(List<Antrag> antraege, String art) {
        return (int) antraege.stream().filter(a -> art.equals(a.ersteEntscheidungArt())).count();
    }

    static BigDecimal prozent(long teil, long ganzes) {
        return prozent(BigInteger.valueOf(teil), BigInteger.valueOf(ganzes));
    }

    static BigDecimal prozent(BigInteger teil, BigInteger ganzes) {
        return ganzes.signum() == 0 ? null
                : new BigDecimal(teil.multiply(BigInteger.valueOf(100))).divide(new BigDecimal(ganzes), 2, RoundingMode.HALF_UP);
    }

    static BigInteger geteilt(BigInteger betrag, int anzahl) {
        return anzahl == 0 ? null
                : new BigDecimal(betrag).divide(BigDecimal.valueOf(anzahl), 0, RoundingMode.HALF_UP).toBigIntegerExact();
    }

    private static boolean vollstaendig(Map<Altersgruppe, Long> gruppen) {
        return gruppen != null && gruppen.keySet().containsAll(List.of(Altersgruppe.values()));
    }

    /** Inhabitants of the groups in all the Dienststellen; null if a Dienststelle lacks figures. */
    private static Long einwohner(Map<String, Map<Altersgruppe, Long>> einwohner, Set<String> dienststellen, List<Altersgruppe> gruppen) {
        long summe = 0;
        for (String ds : dienststellen) {
            Map<Altersgruppe, Long> zahlen = einwohner.get(ds);
            if (!vollstaendig(zahlen)) {
                return null;
            }
            for (Altersgruppe gruppe : gruppen) {
                summe += zahlen.get(gruppe);
            }
        }
        return dienststellen.isEmpty() ? null : summe;
    }

    private Fakten laden(Set<String> auswahl, int jahr) {
        String filter = auswahl.isEmpty() ? "" : " WHERE a.dienststelle = ANY (:ds)";
        String[] ds = auswahl.toArray(String[]::new);
        Map<UUID, Antrag> antraege = new HashMap<>();
        sql("SELECT a.* FROM kennzahlen_antrag a" + filter, ds).query((rs, n) -> antrag(rs)).list()
                .forEach(a -> antraege.put(a.antragId(), a));
        List<Entscheidung> entscheidungen = sql("""
                SELECT e.* FROM kennzahlen_entscheidung e JOIN kennzahlen_antrag a ON a.antrag_id = e.antrag_id""" + filter, ds)
                .query((rs, n) -> new Entscheidung(rs.getObject("entscheidung_id", UUID.class),
                        antraege.get(rs.getObject("antrag_id", UUID.class)), rs.getString("art"), datum(rs, "wirksam_am"),
                        (Long) rs.getObject("betrag_monatlich_cent"), datum(rs, "bewilligung_von"), datum(rs, "bewilligung_bis"),
                        rs.getObject("ersetzt_id", UUID.class), rs.getObject("aufgehobene_id", UUID.class), datum(rs, "aufgehoben_ab"),
                        datum(rs, "bekanntgabe_am")))
                .list()
                .stream()
                // an Antrag that arrived between the two reads is left out of this answer altogether
                .filter(e -> e.antrag() != null)
                .toList();
        List<Widerspruch> widersprueche = sql("""
                SELECT w.*, a.fall_id, a.dienststelle FROM kennzahlen_widerspruch w JOIN kennzahlen_antrag a ON a.antrag_id = w.antrag_id""" + filter, ds)
                .query((rs, n) -> new Widerspruch(rs.getObject("fall_id", UUID.class), rs.getString("dienststelle"), datum(rs, "eingegangen_am"), rs.getBoolean("rechtzeitig"),
                        rs.getString("ergebnis"), datum(rs, "erledigt_am")))
                .list();
        List<Vereinbarung> vereinbarungen = sql("SELECT a.* FROM kennzahlen_vereinbarung a" + filter, ds)
                .query((rs, n) -> new Vereinbarung(rs.getObject("fall_id", UUID.class), rs.getString("dienststelle"), datum(rs, "in_kraft_ab"), datum(rs, "beendet_am")))
                .list();
        List<Ziel> ziele = sql("""
                SELECT z.*, a.fall_id, a.dienststelle FROM kennzahlen_ziel z
                JOIN kennzahlen_vereinbarung a ON a.hilfevereinbarung_id = z.hilfevereinbarung_id""" + filter, ds)
                .query((rs, n) -> new Ziel(rs.getObject("fall_id", UUID.class), rs.getString("dienststelle"), rs.getString("ergebnis"), datum(rs, "festgestellt_am")))
                .list();
        Map<String, Map<Altersgruppe, Long>> einwohner = new HashMap<>();
        sql("SELECT a.* FROM bevoelkerung a WHERE a.jahr = :jahr" + filter.replace(" WHERE ", " AND "), ds)
                .param("jahr", jahr)
                .query((rs, n) -> {
                    einwohner.computeIfAbsent(rs.getString("dienststelle"), k -> new HashMap<>())
                            .put(Altersgruppe.valueOf(rs.getString("altersgruppe")), rs.getLong("einwohner"));
                    return null;
                })
                .list();
        return new Fakten(List.copyOf(antraege.values()), entscheidungen, widersprueche, vereinbarungen, ziele, einwohner);
    }

    private JdbcClient.StatementSpec sql(String sql, String[] dienststellen) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        return sql.contains(":ds") ? spec.param("ds", dienststellen) : spec;
    }

    private static Antrag antrag(ResultSet rs) throws SQLException {
        String gruppe = rs.getString("altersgruppe");
        return new Antrag(rs.getObject("antrag_id", UUID.class), rs.getObject("fall_id", UUID.class), rs.getString("dienststelle"),
                Leistungsart.valueOf(rs.getString("leistungsart")), gruppe == null ? null : Altersgruppe.valueOf(gruppe),
                datum(rs, "eingangsdatum"), datum(rs, "erste_entscheidung_am"), rs.getString("erste_entscheidung_art"),
                datum(rs, "zurueckgenommen_am"));
    }

    private static LocalDate datum(ResultSet rs, String spalte) throws SQLException {
        return rs.getObject(spalte, LocalDate.class);
    }
}

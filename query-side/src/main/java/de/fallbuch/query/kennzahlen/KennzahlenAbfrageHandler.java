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

    private final JdbcClient jdbc;

    KennzahlenAbfrageHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Antrag(UUID antragId, UUID fallId, String dienststelle, Leistungsart leistungsart, Altersgruppe altersgruppe,
            LocalDate eingangsdatum, LocalDate ersteEntscheidungAm, String ersteEntscheidungArt, LocalDate zurueckgenommenAm) {
    }

    record Entscheidung(UUID id, Antrag antrag, String art, LocalDate wirksamAm, Long betragCent, LocalDate von, LocalDate bis,
            UUID ersetztId, UUID aufgehobeneId, LocalDate aufgehobenAb, LocalDate bekanntgabeAm) {
    }

    record Widerspruch(String dienststelle, LocalDate eingegangenAm, boolean rechtzeitig, String ergebnis, LocalDate erledigtAm) {
    }

    record Vereinbarung(String dienststelle, LocalDate inKraftAb, LocalDate beendetAm) {
    }

    record Ziel(String dienststelle, String ergebnis, LocalDate am) {
    }

    /** All facts of the Dienststellen asked for. */
    record Fakten(List<Antrag> antraege, List<Entscheidung> entscheidungen, List<Widerspruch> widersprueche,
            List<Vereinbarung> vereinbarungen, List<Ziel> ziele, Map<String, Map<Altersgruppe, Long>> einwohner) {
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Kennzahlen handle(KennzahlenAbfragen abfrage) {
        Set<String> auswahl = abfrage.dienststellen();
        LocalDate stichtag = abfrage.stichtag();
        int jahr = stichtag.getYear();
        Fakten fakten = laden(auswahl, jahr);

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
        List<KennzahlenBereich> bereiche = dienststellen.stream()
                .map(ds -> bereich(ds, Set.of(ds), fakten, abfrage))
                .toList();
        KennzahlenBereich gesamt = bereich(GESAMT, dienststellen, fakten, abfrage);
        return new Kennzahlen(stichtag, abfrage.von(), abfrage.bis(), jahr, bereiche, gesamt, hinweise);
    }

    static KennzahlenBereich bereich(String name, Set<String> dienststellen, Fakten fakten, KennzahlenAbfragen abfrage) {
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
        int leistungsbezuege = empfaenger.values().stream().mapToInt(Set::size).sum();
        BigInteger betragGesamt = betraege.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<LeistungsartKennzahlen> leistungsarten = new ArrayList<>();
        for (Leistungsart art : Leistungsart.values()) {
            int anzahl = empfaenger.getOrDefault(art, Set.of()).size();
            BigInteger betrag = betraege.getOrDefault(art, BigInteger.ZERO);
            List<Dichte> dichten = Dichtebezug.fuer(art).stream().map(bezug -> {
                int zaehler = (bezug.empfaengerAltersgruppe() == null ? empfaenger : empfaengerAb65).getOrDefault(art, Set.of()).size();
                Long einwohner = einwohner(fakten.einwohner(), dienststellen, bezug.altersgruppen());
                BigDecimal je1000 = einwohner == null || einwohner == 0 ? null
                        : BigDecimal.valueOf(zaehler * 1000L).divide(BigDecimal.valueOf(einwohner), DICHTE_NACHKOMMASTELLEN, RoundingMode.HALF_UP);
                return new Dichte(bezug.bezug(), bezug.altersgruppen(), zaehler, einwohner, je1000);
            }).toList();
            leistungsarten.add(new LeistungsartKennzahlen(art, anzahl, prozent(anzahl, leistungsbezuege), betrag,
                    prozent(betrag, betragGesamt), geteilt(betrag, anzahl), dichten));
        }

        // Flows in the period: first decisions and how long they took.
        List<Antrag> erstentschieden = antraege.stream().filter(a -> imZeitraum.test(a.ersteEntscheidungAm())).toList();
        List<Long> tage = erstentschieden.stream()
                .map(a -> ChronoUnit.DAYS.between(a.eingangsdatum(), a.ersteEntscheidungAm()))
                .sorted()
                .toList();
        Bearbeitungsdauer dauer = new Bearbeitungsdauer(tage.size(), median(tage), perzentil90(tage));
        int n = erstentschieden.size();
        int bewilligt = anzahl(erstentschieden, "BEWILLIGUNG");
        int abgelehnt = anzahl(erstentschieden, "ABLEHNUNG");
        int versagt = anzahl(erstentschieden, "VERSAGUNG");
        int zurueckgenommen = (int) antraege.stream().filter(a -> imZeitraum.test(a.zurueckgenommenAm())).count();
        Erstentscheidungen erste = new Erstentscheidungen(n, bewilligt, abgelehnt, versagt, prozent(bewilligt, n),
                prozent(abgelehnt, n), prozent(versagt, n), zurueckgenommen);

        List<Widerspruch> widersprueche = fakten.widersprueche().stream()
                .filter(w -> dienststellen.contains(w.dienststelle())).toList();
        int bescheide = (int) entscheidungen.stream().filter(e -> imZeitraum.test(e.bekanntgabeAm())).count();
        List<Widerspruch> eingegangen = widersprueche.stream().filter(w -> imZeitraum.test(w.eingegangenAm())).toList();
        int rechtzeitig = (int) eingegangen.stream().filter(Widerspruch::rechtzeitig).count();
        int abgeholfen = (int) widersprueche.stream().filter(w -> "ABGEHOLFEN".equals(w.ergebnis()) && imZeitraum.test(w.erledigtAm())).count();
        int zurueckgewiesen = (int) widersprueche.stream()
                .filter(w -> "ZURUECKGEWIESEN".equals(w.ergebnis()) && imZeitraum.test(w.erledigtAm())).count();
        Widersprueche wid = new Widersprueche(bescheide, eingegangen.size(), rechtzeitig, prozent(eingegangen.size(), bescheide),
                abgeholfen, zurueckgewiesen, prozent(abgeholfen, abgeholfen + zurueckgewiesen));

        // §88 SGG on the Stichtag: still undecided after the period has run out.
        int antraegeUeberfaellig = (int) antraege.stream()
                .filter(a -> !a.eingangsdatum().isAfter(stichtag))
                .filter(a -> nichtBis(a.ersteEntscheidungAm(), stichtag) && nichtBis(a.zurueckgenommenAm(), stichtag))
                .filter(a -> Fristenrechner.untaetigkeitsfristEndeAntrag(a.eingangsdatum()).isBefore(stichtag))
                .count();
        int widerspruecheUeberfaellig = (int) widersprueche.stream()
                .filter(w -> !w.eingegangenAm().isAfter(stichtag) && nichtBis(w.erledigtAm(), stichtag))
                .filter(w -> Fristenrechner.untaetigkeitsfristEndeWiderspruch(w.eingegangenAm()).isBefore(stichtag))
                .count();

        int inKraft = (int) fakten.vereinbarungen().stream()
                .filter(v -> dienststellen.contains(v.dienststelle()))
                .filter(v -> v.inKraftAb() != null && !v.inKraftAb().isAfter(stichtag) && nichtBis(v.beendetAm(), stichtag))
                .count();
        List<Ziel> ziele = fakten.ziele().stream().filter(z -> dienststellen.contains(z.dienststelle()) && imZeitraum.test(z.am())).toList();
        int erreicht = (int) ziele.stream().filter(z -> "ERREICHT".equals(z.ergebnis())).count();
        int verfehlt = ziele.size() - erreicht;

        return new KennzahlenBereich(name, leistungsarten, personen.size(), leistungsbezuege, betragGesamt,
                geteilt(betragGesamt, personen.size()), dauer, erste, wid,
                new Untaetigkeit(antraegeUeberfaellig, widerspruecheUeberfaellig),
                new Hilfevereinbarungen(inKraft, erreicht, verfehlt, prozent(erreicht, erreicht + verfehlt)));
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
                SELECT w.*, a.dienststelle FROM kennzahlen_widerspruch w JOIN kennzahlen_antrag a ON a.antrag_id = w.antrag_id""" + filter, ds)
                .query((rs, n) -> new Widerspruch(rs.getString("dienststelle"), datum(rs, "eingegangen_am"), rs.getBoolean("rechtzeitig"),
                        rs.getString("ergebnis"), datum(rs, "erledigt_am")))
                .list();
        List<Vereinbarung> vereinbarungen = sql("SELECT a.* FROM kennzahlen_vereinbarung a" + filter, ds)
                .query((rs, n) -> new Vereinbarung(rs.getString("dienststelle"), datum(rs, "in_kraft_ab"), datum(rs, "beendet_am")))
                .list();
        List<Ziel> ziele = sql("""
                SELECT z.*, a.dienststelle FROM kennzahlen_ziel z
                JOIN kennzahlen_vereinbarung a ON a.hilfevereinbarung_id = z.hilfevereinbarung_id""" + filter, ds)
                .query((rs, n) -> new Ziel(rs.getString("dienststelle"), rs.getString("ergebnis"), datum(rs, "festgestellt_am")))
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

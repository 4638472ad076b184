package de.fallbuch.query.fall;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.fall.FaelleSuchen;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.Suchtreffer;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import de.fallbuch.query.common.Fallakte;
import java.sql.Date;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds Fälle by Aktenzeichen, name and birth date, by the same need to know as the Fall list: Fallmanager
 * and Sachgebietsleitung search their Dienststellen, Rechtsprüfung everywhere, Revision nothing.
 * Answers {@link FaelleSuchen} for every door; opening a hit still goes through {@link Fallakte}, which records the read.
 *
 * <p>Every word of the term must match: a date (TT.MM.JJJJ) the birth date, digits and hyphens a part of the
 * Aktenzeichen; the other words are names, and either each is the start of a word of first or last name in
 * search form ({@link Suchform}: "Mueller" finds Müller, "Sahin" Şahin), or each from three letters on sounds
 * like a whole name word (Kölner Phonetik: "Anna Maier" finds Anna Meyer) and the shorter ones are starts.
 * Whole words rank above word starts, both above a likeness by sound. Every condition is one lookup in an
 * index (db/query V95), so no keystroke scans the table.
 */
@Component
class Fallsuche {

    /** A search finds a case to open, not a report: more hits than this call for a sharper term. */
    static final int HOECHSTENS = 50;
    /** More words than a name, a birth date and an Aktenzeichen need are left out (they would only narrow). */
    static final int HOECHSTENS_WOERTER = 8;
    /** Likeness by sound from this length on: the code of a shorter start is shared by too many names. */
    static final int MINDESTLAENGE_PHONETIK = 3;

    private static final Pattern DATUM = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern ISO_DATUM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern AKTENZEICHEN_TEIL = Pattern.compile("[0-9][0-9-]*");

    private final JdbcClient jdbc;
    private final Akteneinsicht akteneinsicht;

    Fallsuche(JdbcClient jdbc, Akteneinsicht akteneinsicht) {
        this.jdbc = jdbc;
        this.akteneinsicht = akteneinsicht;
    }

    /** Hits best first (see the class); every hit is recorded as read (the term is not: it may be a name); an empty form is no search. */
    @QueryHandler
    List<Suchtreffer> suchen(FaelleSuchen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        String begriff = abfrage.begriff();
        if (!Fallakte.darfPersonendatenSehen(leser)) {
            akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.SUCHE);
            throw Fallakte.keinePersonendaten(leser);
        }
        if (begriff == null || begriff.isBlank()) {
            return List.of();
        }
        if (begriff.length() > Grenzen.MAX_SUCHBEGRIFF_ZEICHEN) {
            throw new UngueltigeAngabe("suche", "Der Suchbegriff ist zu lang: höchstens " + Grenzen.MAX_SUCHBEGRIFF_ZEICHEN + " Zeichen.");
        }
        List<Suchtreffer> treffer = treffer(leser, begriff);
        akteneinsicht.listeProtokollieren(leser, treffer.stream().map(Suchtreffer::fallId).toList(), Akteneinsicht.Was.SUCHE);
        return treffer;
    }

    /** Package-private for the measurement at 100,000 Fälle (FallsucheLastTest). */
    List<Suchtreffer> treffer(Akteur leser, String begriff) {
        String[] dienststellen = leser.rolle() == Rolle.RECHTSPRUEFUNG ? new String[0] : leser.dienststellen().toArray(String[]::new);
        if (dienststellen.length == 0 && leser.rolle() != Rolle.RECHTSPRUEFUNG) {
            return List.of();
        }
        List<String> bedingungen = new ArrayList<>();
        List<String> raenge = new ArrayList<>();
        List<String> namen = new ArrayList<>();
        String nurAehnlich = "FALSE";
        Map<String, Object> parameter = new HashMap<>();
        int n = 0;
        for (String wort : begriff.strip().split("[\\s,;]+")) {
            if (n >= HOECHSTENS_WOERTER) {
                break;
            }
            String p = "w" + n;
            Matcher datum = DATUM.matcher(wort);
            Matcher isoDatum = ISO_DATUM.matcher(wort);
            if (datum.matches() || isoDatum.matches()) {
                LocalDate geburtsdatum = datum(datum.matches() ? datum : null, isoDatum);
                if (geburtsdatum == null) {
                    return List.of(); // 31.02.1980 is nobody's birth date
                }
                bedingungen.add("f.geburtsdatum = :" + p);
                parameter.put(p, geburtsdatum);
                n++;
            } else if (AKTENZEICHEN_TEIL.matcher(wort).matches()) {
                bedingungen.add("f.aktenzeichen LIKE :" + p);
                parameter.put(p, "%" + wort + "%");
                n++;
            } else {
                for (String name : Suchform.woerter(wort)) {
                    if (name.length() >= Suchform.MINDESTLAENGE && n < HOECHSTENS_WOERTER) {
                        String p2 = "w" + n;
                        // ranks only the rows found: a whole word before a word start before a likeness by sound
                        raenge.add("(CASE WHEN string_to_array(f.suchname, ' ') @> ARRAY[CAST(:" + p2 + " AS text)] THEN 3"
                                + " WHEN string_to_array(f.suchpraefixe, ' ') @> ARRAY[CAST(:" + p2 + " AS text)] THEN 2 ELSE 1 END)");
                        parameter.put(p2, name);
                        namen.add(name);
                        n++;
                    }
                }
            }
        }
        if (!namen.isEmpty()) {
            // One array containment per branch, so that GIN intersects the words inside the index and the
            // planner sees one selective condition instead of an OR per word.
            List<String> klaenge = new ArrayList<>();
            List<String> kurze = new ArrayList<>();
            for (String name : namen) {
                String code = Suchform.phonetisch(name);
                if (name.length() >= MINDESTLAENGE_PHONETIK && !code.isEmpty()) {
                    klaenge.add(code);
                } else {
                    kurze.add(name);
                }
            }
            String genau = "string_to_array(f.suchpraefixe, ' ') @> CAST(:namen AS text[])";
            parameter.put("namen", namen.toArray(String[]::new));
            if (klaenge.isEmpty()) {
                bedingungen.add(genau);
            } else {
                String aehnlich = "string_to_array(f.suchphonetik, ' ') @> CAST(:klaenge AS text[])"
                        + (kurze.isEmpty() ? "" : " AND string_to_array(f.suchpraefixe, ' ') @> CAST(:kurze AS text[])");
                parameter.put("klaenge", klaenge.toArray(String[]::new));
                parameter.put("kurze", kurze.toArray(String[]::new));
                bedingungen.add("(" + genau + " OR (" + aehnlich + "))");
                nurAehnlich = "NOT " + genau;
            }
        }
        if (bedingungen.isEmpty()) {
            return List.of();
        }
        String rang = raenge.isEmpty() ? "0" : String.join(" + ", raenge);
        return jdbc.sql("""
                        SELECT f.fall_id, f.aktenzeichen, f.status, f.dienststelle, f.fallmanager, f.nachname, f.vorname,
                               f.geburtsdatum, f.strasse, f.plz, f.ort, f.eroeffnet_am,
                               %s AS rang, %s AS nur_aehnlich
                        FROM fall_uebersicht f
                        WHERE (cardinality(CAST(:ds AS text[])) = 0 OR f.dienststelle = ANY (CAST(:ds AS text[])))
                          AND %s
                        ORDER BY rang DESC, f.eroeffnet_am DESC, f.aktenzeichen DESC
                        LIMIT :hoechstens""".formatted(rang, nurAehnlich, String.join(" AND ", bedingungen)))
                .params(parameter)
                .param("ds", dienststellen)
                .param("hoechstens", HOECHSTENS)
                .query((rs, i) -> new Suchtreffer(rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"),
                        FallStatus.valueOf(rs.getString("status")), rs.getString("dienststelle"),
                        rs.getString("fallmanager"), rs.getString("nachname"), rs.getString("vorname"),
                        datum(rs.getDate("geburtsdatum")), rs.getString("strasse"), rs.getString("plz"), rs.getString("ort"),
                        datum(rs.getDate("eroeffnet_am")), rs.getBoolean("nur_aehnlich")))
                .list();
    }

    /** The date the word names, or null if there is no such day. */
    private static LocalDate datum(Matcher deutsch, Matcher iso) {
        try {
            return deutsch != null
                    ? LocalDate.of(Integer.parseInt(deutsch.group(3)), Integer.parseInt(deutsch.group(2)), Integer.parseInt(deutsch.group(1)))
                    : LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate datum(Date datum) {
        return datum == null ? null : datum.toLocalDate();
    }
}

package de.fallbuch.query.datenschutz;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.datenschutz.AkteneinsichtsprotokollAbfragen;
import de.fallbuch.kernel.datenschutz.Protokolleintrag;
import de.fallbuch.kernel.datenschutz.Protokollseite;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access log ({@code akteneinsicht}) as the data protection officer reads it: by Fall (id or
 * Aktenzeichen), user and period, newest first, in pages. Only the role Datenschutz may; everyone
 * else gets 403. The log holds no personal data of the people in the Fälle (ids, Aktenzeichen, user,
 * role, time), so reading it is not itself a read of a case file. Answers {@link AkteneinsichtsprotokollAbfragen}
 * for the REST API and the UI alike.
 */
@Component
public class Akteneinsichtsprotokoll {

    public static final int STANDARD_GROESSE = 50;
    public static final int MAX_GROESSE = 500;
    /** Deeper than this nobody pages; a narrower filter finds it. Keeps OFFSET cheap. */
    public static final int MAX_SEITE = 10_000;

    private static final Pattern UUID_MUSTER = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern AKTENZEICHEN_MUSTER = Pattern.compile("\\d{2}-\\d{4}-\\d{6}");
    private static final DateTimeFormatter DEUTSCHES_DATUM = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ZAHL = Pattern.compile("\\d{1,6}");

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Akteneinsichtsprotokoll(JdbcClient jdbc, @Value("${fallbuch.zeitzone:Europe/Berlin}") String zeitzone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zeitzone);
    }

    public static boolean darfProtokollLesen(Akteur leser) {
        return leser.rolle() == Rolle.DATENSCHUTZ;
    }

    @QueryHandler
    Protokollseite handle(AkteneinsichtsprotokollAbfragen abfrage, MetaData metadaten) {
        return abfragen(AktuellerLeser.aus(metadaten), abfrage.fall(), abfrage.benutzer(), abfrage.von(), abfrage.bis(), abfrage.seite(),
                abfrage.groesse());
    }

    /**
     * The log filtered as asked; every parameter may be missing. {@code von} and {@code bis} are days
     * (JJJJ-MM-TT or TT.MM.JJJJ) in the office's time zone, both included. Bad input is refused with 400, an unknown
     * Aktenzeichen with 404.
     */
    Protokollseite abfragen(Akteur leser, String fall, String benutzer, String von, String bis, String seite, String groesse) {
        if (!darfProtokollLesen(leser)) {
            throw new ZugriffVerweigert("NUR_DATENSCHUTZ",
                    "Das Protokoll der Akteneinsichten liest nur die oder der Datenschutzbeauftragte.");
        }
        String fallAngabe = Pruefung.optionalerText(fall, Grenzen.Textart.KURZTEXT, "fall");
        UUID fallId = fallAngabe == null ? null : fallKennung(fallAngabe);
        String nurBenutzer = Pruefung.optionalerText(benutzer, Grenzen.Textart.KURZTEXT, "benutzer");
        LocalDate ab = tag(von, "von");
        LocalDate bisEinschliesslich = tag(bis, "bis");
        if (ab != null && bisEinschliesslich != null && bisEinschliesslich.isBefore(ab)) {
            throw new UngueltigeAngabe("bis", "Das Ende des Zeitraums darf nicht vor seinem Anfang liegen.");
        }
        int nummer = zahl(seite, "seite", 0, 0, MAX_SEITE);
        int proSeite = zahl(groesse, "groesse", STANDARD_GROESSE, 1, MAX_GROESSE);
        List<Protokolleintrag> eintraege = jdbc.sql("""
                        SELECT a.id, a.zeitpunkt, a.benutzer, a.rolle, a.fall_id, f.aktenzeichen, a.was, a.gewaehrt, a.korrelations_id
                        FROM akteneinsicht a LEFT JOIN fall_uebersicht f ON f.fall_id = a.fall_id
                        WHERE (CAST(:fall AS uuid) IS NULL OR a.fall_id = CAST(:fall AS uuid))
                          AND (CAST(:benutzer AS text) IS NULL OR a.benutzer = CAST(:benutzer AS text))
                          AND (CAST(:von AS timestamptz) IS NULL OR a.zeitpunkt >= CAST(:von AS timestamptz))
                          AND (CAST(:bis AS timestamptz) IS NULL OR a.zeitpunkt < CAST(:bis AS timestamptz))
                        ORDER BY a.zeitpunkt DESC, a.id DESC
                        LIMIT :anzahl OFFSET :ab""")
                .param("fall", fallId)
                .param("benutzer", nurBenutzer)
                .param("von", ab == null ? null : beginn(ab))
                .param("bis", bisEinschliesslich == null ? null : beginn(bisEinschliesslich.plusDays(1)))
                .param("anzahl", proSeite + 1)
                .param("ab", (long) nummer * proSeite)
                .query((rs, n) -> eintrag(rs))
                .list();
        boolean weitere = eintraege.size() > proSeite;
        String aktenzeichen = fallId == null ? null : jdbc.sql("SELECT aktenzeichen FROM fall_uebersicht WHERE fall_id = :id")
                .param("id", fallId).query(String.class).optional().orElse(null);
        return new Protokollseite(weitere ? eintraege.subList(0, proSeite) : eintraege, fallId, aktenzeichen, nurBenutzer, ab,
                bisEinschliesslich, nummer, proSeite, weitere);
    }

    /**
     * Who read this Fall when, oldest first, for the person's Auskunft (Art. 15 GDPR). Takes the Fall as
     * {@code Fallakte#fuerAuskunftOeffnen} returned it: whoever holds it was found entitled to give the Auskunft.
     */
    public List<Protokolleintrag> zumFall(FallAnsicht geoeffneterFall) {
        return jdbc.sql("""
                        SELECT a.id, a.zeitpunkt, a.benutzer, a.rolle, a.fall_id, CAST(:az AS text) AS aktenzeichen, a.was, a.gewaehrt,
                               a.korrelations_id
                        FROM akteneinsicht a WHERE a.fall_id = :fall ORDER BY a.zeitpunkt, a.id""")
                .param("fall", geoeffneterFall.fallId())
                .param("az", geoeffneterFall.aktenzeichen())
                .query((rs, n) -> eintrag(rs))
                .list();
    }

    private UUID fallKennung(String angabe) {
        if (UUID_MUSTER.matcher(angabe).matches()) {
            return UUID.fromString(angabe);
        }
        if (!AKTENZEICHEN_MUSTER.matcher(angabe).matches()) {
            throw new UngueltigeAngabe("fall", "Bitte den Fall mit seiner Kennung oder seinem Aktenzeichen angeben "
                    + "(z. B. 50-2026-000001).");
        }
        return jdbc.sql("SELECT fall_id FROM fall_uebersicht WHERE aktenzeichen = :az").param("az", angabe)
                .query(UUID.class).optional()
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dem Aktenzeichen " + angabe + " gibt es nicht."));
    }

    private static LocalDate tag(String angabe, String feld) {
        if (angabe == null || angabe.isBlank()) {
            return null;
        }
        LocalDate tag;
        try {
            String text = angabe.strip();
            // ISO for API clients, TT.MM.JJJJ as people type it in the UI
            tag = text.contains(".") ? LocalDate.parse(text, DEUTSCHES_DATUM) : LocalDate.parse(text);
        } catch (DateTimeParseException ungueltig) {
            throw new UngueltigeAngabe(feld, "Bitte ein Datum im Format JJJJ-MM-TT oder TT.MM.JJJJ angeben.");
        }
        return Pruefung.geschaeftsdatum(tag, feld);
    }

    private static int zahl(String angabe, String feld, int standard, int mindestens, int hoechstens) {
        if (angabe == null || angabe.isBlank()) {
            return standard;
        }
        String zahl = angabe.strip();
        if (!ZAHL.matcher(zahl).matches() || Integer.parseInt(zahl) < mindestens || Integer.parseInt(zahl) > hoechstens) {
            throw new UngueltigeAngabe(feld, "Bitte für „" + feld + "“ eine ganze Zahl von " + mindestens + " bis "
                    + hoechstens + " angeben.");
        }
        return Integer.parseInt(zahl);
    }

    private OffsetDateTime beginn(LocalDate tag) {
        return tag.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Protokolleintrag eintrag(ResultSet rs) throws SQLException {
        String rolle = rs.getString("rolle");
        String was = rs.getString("was");
        return new Protokolleintrag(rs.getLong("id"), rs.getObject("zeitpunkt", OffsetDateTime.class).toInstant(), rs.getString("benutzer"),
                rolle, rollenbezeichnung(rolle), rs.getObject("fall_id", UUID.class), rs.getString("aktenzeichen"), was,
                Akteneinsicht.Was.bezeichnung(was), rs.getBoolean("gewaehrt"), rs.getString("korrelations_id"));
    }

    private static String rollenbezeichnung(String rolle) {
        for (Rolle bekannt : Rolle.values()) {
            if (bekannt.name().equals(rolle)) {
                return bekannt.bezeichnung();
            }
        }
        return rolle;
    }
}

package de.fallbuch.app.integritaet;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sealing job: extends the hash chain ({@code siegel_kette}) over the event table in global
 * order, every {@code fallbuch.siegel.intervall}, and records a Tagessiegel ({@code tagessiegel}) for
 * every day that has ended. It reads {@code domain_event_entry} directly by global index rather than
 * through an event processor, because it must see the gaps, which a processor hides.
 *
 * <p>Gaps: an index drawn by a transaction that has not committed yet is missing for a moment, and
 * the chain must not run past it (the event would later appear "inserted"). So the chain stops at the
 * first missing index and goes on only once the gap is final: every transaction that was running
 * when the gap was first seen has ended (PostgreSQL's snapshot xmin has passed that moment's xmax), and
 * at least {@code fallbuch.siegel.lueckenfrist} has passed (an index is drawn a moment before its
 * transaction gets an id). A final gap (a rolled-back insert) is sealed as a gap link: an event that
 * shows up there later is reported as inserted.
 *
 * <p>Several instances may share the database: a pass runs under a transaction-level advisory lock,
 * so only one extends the chain at a time. Only with the JDBC event store (not with Axon Server).
 */
@Component
@DependsOn("schemaMigration")
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class Versiegelung {

    private static final Logger LOG = LoggerFactory.getLogger(Versiegelung.class);
    /** Advisory lock key of the sealing pass ("siegel" in ASCII). */
    private static final long SPERRE = 0x73_69_65_67_65_6cL;

    private final DataSource datenbank;
    private final Clock uhr;
    private final Duration intervall;
    private final Duration lueckenfrist;
    private final Duration tagessiegelNachlauf;
    private final int stapel;
    private ScheduledExecutorService zeitgeber;
    private OffeneLuecke offeneLuecke;

    Versiegelung(DataSource datenbank, Clock uhr,
            @Value("${fallbuch.siegel.intervall:PT2S}") Duration intervall,
            @Value("${fallbuch.siegel.lueckenfrist:PT5S}") Duration lueckenfrist,
            @Value("${fallbuch.siegel.tagessiegel-nachlauf:PT1M}") Duration tagessiegelNachlauf,
            @Value("${fallbuch.siegel.stapel:5000}") int stapel) {
        this.datenbank = datenbank;
        this.uhr = uhr;
        this.intervall = intervall;
        this.lueckenfrist = lueckenfrist;
        this.tagessiegelNachlauf = tagessiegelNachlauf;
        this.stapel = stapel;
    }

    /** A missing global index first seen at {@code seit}, when the newest running transaction id was below {@code xmax}. */
    record OffeneLuecke(long globalIndex, long seitNanos, Instant seit, long xmax) {
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void starten() {
        if (zeitgeber != null || intervall.isZero() || intervall.isNegative()) {
            return;
        }
        zeitgeber = Executors.newSingleThreadScheduledExecutor(aufgabe -> {
            Thread faden = new Thread(aufgabe, "versiegelung");
            faden.setDaemon(true);
            return faden;
        });
        zeitgeber.scheduleWithFixedDelay(this::imTakt, 0, intervall.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void beenden() {
        if (zeitgeber != null) {
            zeitgeber.shutdownNow();
        }
    }

    /** Never throws: an exception would end the scheduled task. A database outage is simply retried next time. */
    private void imTakt() {
        try {
            versiegeln();
        } catch (RuntimeException | SQLException e) {
            LOG.warn("Versiegelung fehlgeschlagen, nächster Versuch in {}: {}", intervall, e.toString());
        }
    }

    /**
     * Extends the chain as far as it safely can and records the Tagessiegel of days that have ended.
     * Returns the number of links added (0 also when another instance is sealing right now).
     */
    public synchronized long versiegeln() throws SQLException {
        long gesamt = 0;
        int neu;
        do {
            neu = stapelVersiegeln();
            gesamt += neu;
        } while (neu >= stapel);
        tagessiegelAufzeichnen();
        return gesamt;
    }

    /** The gap the chain waits at, if any (for health). */
    public synchronized OffeneLuecke offeneLuecke() {
        return offeneLuecke;
    }

    private int stapelVersiegeln() throws SQLException {
        try (Connection verbindung = datenbank.getConnection()) {
            verbindung.setAutoCommit(false);
            try {
                int neu = stapelVersiegeln(verbindung);
                verbindung.commit();
                return neu;
            } catch (SQLException | RuntimeException e) {
                verbindung.rollback();
                throw e;
            }
        }
    }

    private int stapelVersiegeln(Connection verbindung) throws SQLException {
        if (!gesperrt(verbindung)) {
            return 0;
        }
        Siegelbuch.Kopf kopf = Siegelbuch.kopf(verbindung);
        Siegelformel formel = new Siegelformel();
        Glieder glieder = new Glieder(stapel);
        byte[] vorher = kopf.kettenHash();
        long erwartet = kopf.globalIndex() + 1;
        try (PreparedStatement abfrage = verbindung.prepareStatement("SELECT " + Siegelformel.SPALTEN
                + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?")) {
            abfrage.setFetchSize(1000);
            abfrage.setLong(1, kopf.globalIndex());
            abfrage.setInt(2, stapel);
            try (ResultSet zeile = abfrage.executeQuery()) {
                while (zeile.next()) {
                    long index = zeile.getLong(1);
                    if (index > erwartet) {
                        if (!lueckeEndgueltig(verbindung, erwartet)) {
                            break;
                        }
                        for (long luecke = erwartet; luecke < index; luecke++) {
                            vorher = formel.lueckenGlied(vorher, luecke);
                            glieder.luecke(luecke, vorher);
                        }
                        LOG.warn("Lücke im Ereignisspeicher bei den Indizes {} bis {} (zurückgerollte Transaktion) als Lücke versiegelt.",
                                erwartet, index - 1);
                    }
                    byte[] inhalt = formel.inhalt(zeile);
                    vorher = formel.ereignisGlied(vorher, inhalt);
                    glieder.ereignis(index, zeile.getString(2), zeile.getString(3), zeile.getLong(4), inhalt, vorher);
                    erwartet = index + 1;
                }
            }
        }
        if (offeneLuecke != null && offeneLuecke.globalIndex() < erwartet) {
            offeneLuecke = null;
        }
        glieder.speichern(verbindung);
        return glieder.anzahl();
    }

    private static boolean gesperrt(Connection verbindung) throws SQLException {
        try (PreparedStatement sperre = verbindung.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            sperre.setLong(1, SPERRE);
            try (ResultSet antwort = sperre.executeQuery()) {
                return antwort.next() && antwort.getBoolean(1);
            }
        }
    }

    private boolean lueckeEndgueltig(Connection verbindung, long index) throws SQLException {
        try (PreparedStatement schnappschuss = verbindung.prepareStatement(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
             ResultSet antwort = schnappschuss.executeQuery()) {
            antwort.next();
            long xmin = antwort.getLong(1);
            long xmax = antwort.getLong(2);
            if (offeneLuecke == null || offeneLuecke.globalIndex() != index) {
                offeneLuecke = new OffeneLuecke(index, System.nanoTime(), Instant.now(), xmax);
                return false;
            }
            boolean fristUm = System.nanoTime() - offeneLuecke.seitNanos() >= lueckenfrist.toNanos();
            return fristUm && xmin >= offeneLuecke.xmax();
        }
    }

    /**
     * The Tagessiegel of every day that has ended (at most the last 31, so that a clock set wrong
     * does not write years of them): the link of the last event stamped before that day's midnight.
     * Written only when the chain is not waiting at a gap and the day ended more than
     * {@code fallbuch.siegel.tagessiegel-nachlauf} ago, so that the day's late commits are in.
     */
    private void tagessiegelAufzeichnen() throws SQLException {
        if (offeneLuecke != null) {
            return;
        }
        ZonedDateTime jetzt = ZonedDateTime.now(uhr);
        LocalDate gestern = jetzt.toLocalDate().minusDays(1);
        if (jetzt.isBefore(jetzt.toLocalDate().atStartOfDay(uhr.getZone()).plus(tagessiegelNachlauf))) {
            gestern = gestern.minusDays(1);
        }
        try (Connection verbindung = datenbank.getConnection()) {
            verbindung.setAutoCommit(false);
            try {
                if (gesperrt(verbindung)) {
                    tagessiegelAufzeichnen(verbindung, gestern);
                }
                verbindung.commit();
            } catch (SQLException | RuntimeException e) {
                verbindung.rollback();
                throw e;
            }
        }
    }

    private void tagessiegelAufzeichnen(Connection verbindung, LocalDate bis) throws SQLException {
        Siegelbuch.Kopf kopf = Siegelbuch.kopf(verbindung);
        if (kopf.globalIndex() == 0) {
            return;
        }
        Tagessiegel letztes = Siegelbuch.letztesTagessiegel(verbindung);
        LocalDate tag = letztes == null ? bis : letztes.tag().plusDays(1);
        if (tag.isBefore(bis.minusDays(30))) {
            LOG.warn("Tagessiegel vom {} bis {} fehlen (Dienst aus oder Uhr verstellt); es werden nur die letzten 31 Tage nachgetragen.",
                    tag, bis.minusDays(31));
            tag = bis.minusDays(30);
        }
        long abIndex = letztes == null ? 0 : letztes.globalIndex();
        for (; !tag.isAfter(bis); tag = tag.plusDays(1)) {
            Instant mitternacht = tag.plusDays(1).atStartOfDay(uhr.getZone()).toInstant();
            long index = abIndex;
            try (PreparedStatement abfrage = verbindung.prepareStatement("""
                    SELECT max(s.global_index) FROM siegel_kette s JOIN domain_event_entry e ON e.global_index = s.global_index
                    WHERE s.global_index > ? AND e.time_stamp::timestamptz < ?""")) {
                abfrage.setLong(1, abIndex);
                abfrage.setObject(2, mitternacht.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet antwort = abfrage.executeQuery()) {
                    if (antwort.next() && antwort.getObject(1) != null) {
                        index = antwort.getLong(1);
                    }
                }
            }
            if (index == 0) {
                continue;
            }
            try (PreparedStatement eintrag = verbindung.prepareStatement("""
                    INSERT INTO tagessiegel (tag, global_index, ketten_hash, ereignisse)
                    SELECT ?, s.global_index, s.ketten_hash,
                           (SELECT count(*) FROM siegel_kette z WHERE z.art = 'EREIGNIS' AND z.global_index <= s.global_index)
                    FROM siegel_kette s WHERE s.global_index = ?""")) {
                eintrag.setObject(1, tag);
                eintrag.setLong(2, index);
                eintrag.executeUpdate();
            }
            LOG.info("Tagessiegel für den {} aufgezeichnet (bis Ereignisindex {}).", tag, index);
            abIndex = index;
        }
    }

    /** The links of one pass, written with one statement (arrays), which is far faster than one insert each. */
    private static final class Glieder {

        private final List<Long> indizes;
        private final List<String> arten;
        private final List<String> ereignisIds;
        private final List<String> aggregatIds;
        private final List<Long> sequenzen;
        private final List<byte[]> inhalte;
        private final List<byte[]> ketten;

        Glieder(int stapel) {
            indizes = new ArrayList<>(stapel);
            arten = new ArrayList<>(stapel);
            ereignisIds = new ArrayList<>(stapel);
            aggregatIds = new ArrayList<>(stapel);
            sequenzen = new ArrayList<>(stapel);
            inhalte = new ArrayList<>(stapel);
            ketten = new ArrayList<>(stapel);
        }

        void ereignis(long index, String ereignisId, String aggregatId, long sequenz, byte[] inhalt, byte[] kette) {
            hinzufuegen(index, "EREIGNIS", ereignisId, aggregatId, sequenz, inhalt, kette);
        }

        void luecke(long index, byte[] kette) {
            hinzufuegen(index, "LUECKE", null, null, null, null, kette);
        }

        private void hinzufuegen(long index, String art, String ereignisId, String aggregatId, Long sequenz, byte[] inhalt,
                byte[] kette) {
            indizes.add(index);
            arten.add(art);
            ereignisIds.add(ereignisId);
            aggregatIds.add(aggregatId);
            sequenzen.add(sequenz);
            inhalte.add(inhalt);
            ketten.add(kette);
        }

        int anzahl() {
            return indizes.size();
        }

        void speichern(Connection verbindung) throws SQLException {
            if (indizes.isEmpty()) {
                return;
            }
            try (PreparedStatement einfuegen = verbindung.prepareStatement("""
                    INSERT INTO siegel_kette (global_index, art, event_identifier, aggregate_identifier, sequence_number,
                                              inhalt_hash, ketten_hash)
                    SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bytea[], ?::bytea[])""")) {
                einfuegen.setArray(1, verbindung.createArrayOf("bigint", indizes.toArray()));
                einfuegen.setArray(2, verbindung.createArrayOf("text", arten.toArray()));
                einfuegen.setArray(3, verbindung.createArrayOf("text", ereignisIds.toArray()));
                einfuegen.setArray(4, verbindung.createArrayOf("text", aggregatIds.toArray()));
                einfuegen.setArray(5, verbindung.createArrayOf("bigint", sequenzen.toArray()));
                einfuegen.setObject(6, inhalte.toArray(new byte[0][]));
                einfuegen.setObject(7, ketten.toArray(new byte[0][]));
                einfuegen.executeUpdate();
            }
        }
    }
}

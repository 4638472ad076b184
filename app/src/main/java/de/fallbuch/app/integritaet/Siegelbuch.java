package de.fallbuch.app.integritaet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the seal: the chain's head, the Tagessiegel, and which Tagessiegel covers given events. */
@Component
public class Siegelbuch {

    private final JdbcClient jdbc;

    Siegelbuch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last link of the chain: its global index (0 before the first) and hash (zeros before the first). */
    record Kopf(long globalIndex, byte[] kettenHash) {
    }

    static Kopf kopf(Connection verbindung) throws SQLException {
        try (PreparedStatement abfrage = verbindung.prepareStatement(
                "SELECT global_index, ketten_hash FROM siegel_kette ORDER BY global_index DESC LIMIT 1");
             ResultSet zeile = abfrage.executeQuery()) {
            return zeile.next() ? new Kopf(zeile.getLong(1), zeile.getBytes(2)) : new Kopf(0, Siegelformel.ANFANG);
        }
    }

    static Tagessiegel letztesTagessiegel(Connection verbindung) throws SQLException {
        try (PreparedStatement abfrage = verbindung.prepareStatement(
                "SELECT tag, global_index, ketten_hash, ereignisse, erstellt_am FROM tagessiegel ORDER BY tag DESC LIMIT 1");
             ResultSet zeile = abfrage.executeQuery()) {
            return zeile.next() ? tagessiegel(zeile) : null;
        }
    }

    static Tagessiegel tagessiegel(ResultSet zeile) throws SQLException {
        return new Tagessiegel(zeile.getObject("tag", LocalDate.class), zeile.getLong("global_index"),
                Siegelformel.hex(zeile.getBytes("ketten_hash")), zeile.getLong("ereignisse"),
                zeile.getObject("erstellt_am", OffsetDateTime.class).toInstant());
    }

    /** Every Tagessiegel, newest first. */
    public List<Tagessiegel> tagessiegel() {
        return jdbc.sql("SELECT tag, global_index, ketten_hash, ereignisse, erstellt_am FROM tagessiegel ORDER BY tag DESC")
                .query((zeile, nr) -> tagessiegel(zeile)).list();
    }

    /** How far the chain reaches: the global index of its last link (0 before the first). */
    public long versiegeltBis() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM siegel_kette").query(Long.class).single();
    }

    /** Where the events with these ids stand in the chain: whether all are sealed yet, and the first Tagessiegel covering all. */
    public record Abdeckung(boolean versiegelt, Tagessiegel tagessiegel) {
    }

    /** The seal of a list of events (e.g. a Fall's Verlauf): sealed or not yet, and the first Tagessiegel that covers the newest. */
    public Optional<Abdeckung> abdeckung(Collection<String> ereignisIds) {
        if (ereignisIds.isEmpty()) {
            return Optional.empty();
        }
        // an array, not an IN list: a long Verlauf must not run into the driver's limit of bind parameters
        Long letzter = jdbc.sql("SELECT max(global_index) FROM domain_event_entry WHERE event_identifier = ANY(:ids)")
                .param("ids", ereignisIds.toArray(String[]::new)).query(Long.class).optional().orElse(null);
        if (letzter == null) {
            return Optional.empty();
        }
        boolean versiegelt = versiegeltBis() >= letzter;
        Tagessiegel tagessiegel = jdbc.sql("""
                        SELECT tag, global_index, ketten_hash, ereignisse, erstellt_am FROM tagessiegel
                        WHERE global_index >= :index ORDER BY global_index, tag LIMIT 1""")
                .param("index", letzter).query((zeile, nr) -> tagessiegel(zeile)).optional().orElse(null);
        return Optional.of(new Abdeckung(versiegelt, tagessiegel));
    }

}

package de.fallbuch.app.integritaet;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Verification inside the service (API, UI, the daily job): runs {@link Integritaetspruefung}, logs
 * the outcome (a finding as an error) and records it in {@code integritaet_pruefung}, whose latest
 * row health shows.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class Integritaet {

    private static final Logger LOG = LoggerFactory.getLogger(Integritaet.class);

    private final Integritaetspruefung pruefung;
    private final JdbcClient jdbc;

    Integritaet(DataSource datenbank, Clock uhr, JdbcClient jdbc) {
        this.pruefung = new Integritaetspruefung(datenbank, uhr);
        this.jdbc = jdbc;
    }

    /** The latest recorded verification, as health shows it. */
    public record LetztePruefung(Instant geprueftAm, String benutzer, boolean unversehrt, long ereignisse, long bisGlobalIndex,
            String befundArt, Long befundGlobalIndex, String befundAktenzeichen, String befundMeldung) {
    }

    public Pruefergebnis pruefen(Integritaetspruefung.Vorgabe vorgabe, String benutzer) {
        Pruefergebnis ergebnis;
        try {
            ergebnis = pruefung.pruefen(vorgabe);
        } catch (SQLException e) {
            DataAccessException uebersetzt = new SQLStateSQLExceptionTranslator().translate("Integritätsprüfung", null, e);
            throw uebersetzt != null ? uebersetzt : new IllegalStateException(e);
        }
        Pruefergebnis.Befund befund = ergebnis.befund();
        String meldung = befund != null ? befund.meldung() : ergebnis.tagessiegel() != null && !ergebnis.tagessiegel().stimmt()
                ? ergebnis.tagessiegel().meldung() : null;
        jdbc.sql("""
                        INSERT INTO integritaet_pruefung (geprueft_am, benutzer, unversehrt, ereignisse, bis_global_index, dauer_ms,
                                                          befund_art, befund_global_index, befund_aktenzeichen, befund_meldung)
                        VALUES (:am, :benutzer, :unversehrt, :ereignisse, :bis, :dauer, :art, :index, :aktenzeichen, :meldung)""")
                .param("am", OffsetDateTime.ofInstant(ergebnis.geprueftAm(), java.time.ZoneOffset.UTC))
                .param("benutzer", benutzer).param("unversehrt", ergebnis.unversehrt())
                .param("ereignisse", ergebnis.ereignisse()).param("bis", ergebnis.bisGlobalIndex()).param("dauer", ergebnis.dauerMs())
                .param("art", befund != null ? befund.art().name() : ergebnis.unversehrt() ? null : "TAGESSIEGEL_NICHT_BESTAETIGT")
                .param("index", befund != null ? befund.globalIndex() : null)
                .param("aktenzeichen", befund != null ? befund.aktenzeichen() : null)
                .param("meldung", meldung)
                .update();
        if (ergebnis.unversehrt()) {
            LOG.info("Integritätsprüfung ({}): unversehrt, {} Ereignisse bis Nr. {} in {} ms ({} Ereignisse/s).", benutzer,
                    ergebnis.ereignisse(), ergebnis.bisGlobalIndex(), ergebnis.dauerMs(), ergebnis.ereignisseProSekunde());
        } else {
            LOG.error("Integritätsprüfung ({}): VERLETZT – {}", benutzer, meldung);
        }
        return ergebnis;
    }

    public Optional<LetztePruefung> letzte() {
        return jdbc.sql("""
                        SELECT geprueft_am, benutzer, unversehrt, ereignisse, bis_global_index, befund_art, befund_global_index,
                               befund_aktenzeichen, befund_meldung
                        FROM integritaet_pruefung ORDER BY id DESC LIMIT 1""")
                .query((zeile, nr) -> new LetztePruefung(zeile.getObject(1, OffsetDateTime.class).toInstant(), zeile.getString(2),
                        zeile.getBoolean(3), zeile.getLong(4), zeile.getLong(5), zeile.getString(6),
                        zeile.getObject(7) == null ? null : zeile.getLong(7), zeile.getString(8), zeile.getString(9)))
                .optional();
    }
}

package de.fallbuch.app.integritaet;

import de.fallbuch.app.integritaet.Pruefergebnis.Abgleich;
import de.fallbuch.app.integritaet.Pruefergebnis.Art;
import de.fallbuch.app.integritaet.Pruefergebnis.Befund;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Verifies the event store against its seal: recomputes the chain from the stored events and
 * compares it, link by link, with {@code siegel_kette}, the recorded Tagessiegel and, if given, one
 * Tagessiegel the office deposited outside. Reports the first finding with the event's global index
 * and the Aktenzeichen of its Fall.
 *
 * <p>It walks both tables in global order side by side, each with a forward-only cursor (fetch size)
 * in one read-only repeatable-read transaction (one consistent snapshot), so memory stays flat and
 * the speed is that of reading and hashing. Read-only: usable from the command line on a database
 * the service is not running on. Plain JDBC, so it needs nothing of the service but a DataSource.
 */
public class Integritaetspruefung {

    private static final int ABRUFGROESSE = 2000;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DataSource datenbank;
    private final Clock uhr;

    public Integritaetspruefung(DataSource datenbank, Clock uhr) {
        this.datenbank = datenbank;
        this.uhr = uhr;
    }

    /** A Tagessiegel the office deposited: its day and hash (32 bytes). */
    public record Vorgabe(LocalDate tag, byte[] hash) {

        /**
         * The Tagessiegel a person entered (API or form), checked: both or neither (then {@code null});
         * the day a business date, the hash 64 hex digits. A refusal names the field (HTTP 400).
         */
        public static Vorgabe aus(LocalDate tag, String hash) {
            if (tag == null && (hash == null || hash.isBlank())) {
                return null;
            }
            if (tag == null) {
                throw new UngueltigeAngabe("tag", "Bitte geben Sie den Tag des Tagessiegels an.");
            }
            LocalDate geprueft = Pruefung.geschaeftsdatum(tag, "tag");
            byte[] wert = hashLesen(hash);
            if (wert == null) {
                throw new UngueltigeAngabe("hash", "Das Tagessiegel besteht aus 64 Hexadezimalziffern (0–9, a–f), "
                        + "gern in Vierergruppen mit Leerzeichen, wie es ausgedruckt wird.");
            }
            return new Vorgabe(geprueft, wert);
        }

        /** Reads a hash as printed (hex, in any case, with or without spaces); {@code null} if it is not 64 hex digits. */
        public static byte[] hashLesen(String text) {
            if (text == null) {
                return null;
            }
            if (text.length() > 200) {
                return null;
            }
            String hex = text.replaceAll("[\\s:]", "");
            if (!hex.matches("[0-9a-fA-F]{64}")) {
                return null;
            }
            return HexFormat.of().parseHex(hex.toLowerCase());
        }
    }

    public Pruefergebnis pruefen(Vorgabe vorgabe) throws SQLException {
        long start = System.nanoTime();
        Instant geprueftAm = uhr.instant();
        try (Connection verbindung = datenbank.getConnection()) {
            verbindung.setAutoCommit(false);
            verbindung.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            verbindung.setReadOnly(true);
            try {
                Lauf lauf = new Lauf(verbindung, vorgabe);
                lauf.ausfuehren();
                long dauerNanos = Math.max(1, System.nanoTime() - start);
                long dauerMs = dauerNanos / 1_000_000;
                long proSekunde = lauf.ereignisse * 1_000_000_000L / dauerNanos;
                Abgleich abgleich = vorgabe == null ? null : lauf.abgleich();
                boolean unversehrt = lauf.befund == null && (abgleich == null || abgleich.stimmt());
                return new Pruefergebnis(unversehrt, geprueftAm, lauf.ereignisse, lauf.luecken, lauf.kopf,
                        Siegelformel.hex(lauf.vorher), lauf.unversiegelt, dauerMs, proSekunde, lauf.befund, abgleich);
            } finally {
                verbindung.rollback();
            }
        }
    }

    /** One verification run over one snapshot. */
    private static final class Lauf {

        private final Connection verbindung;
        private final Vorgabe vorgabe;
        private final Siegelformel formel = new Siegelformel();
        private final Map<Long, List<Tagessiegel>> tagessiegel = new HashMap<>();
        private final List<Tagessiegel> ungeprueft = new ArrayList<>();
        private Tagessiegel verzeichnetesVorgabesiegel;
        private byte[] vorher = Siegelformel.ANFANG;
        private long ereignisse;
        private long luecken;
        private long kopf;
        private long unversiegelt;
        private Long vorgabeGefundenBei;
        private Befund befund;

        Lauf(Connection verbindung, Vorgabe vorgabe) {
            this.verbindung = verbindung;
            this.vorgabe = vorgabe;
        }

        void ausfuehren() throws SQLException {
            kopf = Siegelbuch.kopf(verbindung).globalIndex();
            try (PreparedStatement abfrage = verbindung.prepareStatement(
                    "SELECT tag, global_index, ketten_hash, ereignisse, erstellt_am FROM tagessiegel ORDER BY tag");
                 ResultSet zeile = abfrage.executeQuery()) {
                while (zeile.next()) {
                    Tagessiegel siegel = Siegelbuch.tagessiegel(zeile);
                    tagessiegel.computeIfAbsent(siegel.globalIndex(), i -> new ArrayList<>()).add(siegel);
                    ungeprueft.add(siegel);
                    if (vorgabe != null && siegel.tag().equals(vorgabe.tag())) {
                        verzeichnetesVorgabesiegel = siegel;
                    }
                }
            }
            try (PreparedStatement abfrage = verbindung.prepareStatement(
                    "SELECT count(*) FROM domain_event_entry WHERE global_index > ?")) {
                abfrage.setLong(1, kopf);
                try (ResultSet zeile = abfrage.executeQuery()) {
                    zeile.next();
                    unversiegelt = zeile.getLong(1);
                }
            }
            try (PreparedStatement ereignisAbfrage = verbindung.prepareStatement("SELECT " + Siegelformel.SPALTEN
                    + " FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index");
                 PreparedStatement siegelAbfrage = verbindung.prepareStatement("""
                         SELECT global_index, art, event_identifier, aggregate_identifier, sequence_number, inhalt_hash, ketten_hash
                         FROM siegel_kette ORDER BY global_index""")) {
                ereignisAbfrage.setFetchSize(ABRUFGROESSE);
                ereignisAbfrage.setLong(1, kopf);
                siegelAbfrage.setFetchSize(ABRUFGROESSE);
                try (ResultSet ereignis = ereignisAbfrage.executeQuery(); ResultSet glied = siegelAbfrage.executeQuery()) {
                    vergleichen(ereignis, glied);
                }
            }
            if (befund == null && !ungeprueft.isEmpty()) {
                Tagessiegel siegel = ungeprueft.get(0);
                befund = new Befund(Art.TAGESSIEGEL_ABWEICHEND, siegel.globalIndex(), null, null, null, null, null,
                        "Das Tagessiegel vom " + DATUM.format(siegel.tag()) + " verweist auf das Ereignis Nr. " + siegel.globalIndex()
                                + ", das in der Kette nicht vorkommt.");
            }
        }

        private void vergleichen(ResultSet ereignis, ResultSet glied) throws SQLException {
            boolean hatEreignis = ereignis.next();
            boolean hatGlied = glied.next();
            while (befund == null && (hatEreignis || hatGlied)) {
                long e = hatEreignis ? ereignis.getLong(1) : Long.MAX_VALUE;
                long g = hatGlied ? glied.getLong(1) : Long.MAX_VALUE;
                if (e < g) {
                    befund = eingefuegt(ereignis, e, ereignisse + luecken == 0 ? ": es liegt vor dem Anfang der Kette" : "");
                    return;
                }
                boolean luecke = "LUECKE".equals(glied.getString(2));
                if (g < e) {
                    if (!luecke) {
                        befund = befund(Art.GELOESCHT, g, glied.getString(3), null, glied.getString(4), sequenz(glied),
                                "Das Ereignis Nr. " + g + " fehlt: es wurde nach der Versiegelung gelöscht");
                        return;
                    }
                    vorher = formel.lueckenGlied(vorher, g);
                    luecken++;
                } else if (luecke) {
                    befund = eingefuegt(ereignis, e, ": an dieser Stelle war bei der Versiegelung kein Ereignis");
                    return;
                } else {
                    byte[] inhalt = formel.inhalt(ereignis);
                    if (!Arrays.equals(inhalt, glied.getBytes(6))) {
                        befund = veraendert(ereignis, glied, e);
                        return;
                    }
                    vorher = formel.ereignisGlied(vorher, inhalt);
                    ereignisse++;
                }
                if (!Arrays.equals(vorher, glied.getBytes(7))) {
                    befund = befund(Art.SIEGEL_VERAENDERT, g, glied.getString(3), null, glied.getString(4), sequenz(glied),
                            "Das Siegel an Stelle Nr. " + g + " wurde verändert: die Kette stimmt dort nicht mehr mit dem versiegelten Stand überein");
                    return;
                }
                tagessiegelAbgleichen(g);
                if (g == e) {
                    hatEreignis = ereignis.next();
                }
                hatGlied = glied.next();
            }
        }

        private void tagessiegelAbgleichen(long index) {
            if (vorgabe != null && vorgabeGefundenBei == null && Arrays.equals(vorher, vorgabe.hash())) {
                vorgabeGefundenBei = index;
            }
            List<Tagessiegel> hier = tagessiegel.get(index);
            if (hier == null) {
                return;
            }
            String hash = Siegelformel.hex(vorher);
            for (Tagessiegel siegel : hier) {
                ungeprueft.remove(siegel);
                if (!siegel.hash().equals(hash)) {
                    befund = new Befund(Art.TAGESSIEGEL_ABWEICHEND, index, null, null, null, null, null,
                            "Das verzeichnete Tagessiegel vom " + DATUM.format(siegel.tag())
                                    + " stimmt nicht mit der aus den Ereignissen berechneten Kette überein");
                    return;
                }
            }
        }

        Abgleich abgleich() {
            String hash = Siegelformel.hex(vorgabe.hash());
            if (verzeichnetesVorgabesiegel != null && !verzeichnetesVorgabesiegel.hash().equals(hash)) {
                return new Abgleich(vorgabe.tag(), hash, false, null, "Das angegebene Tagessiegel vom " + DATUM.format(vorgabe.tag())
                        + " weicht vom hier verzeichneten ab (Kettenkopf " + verzeichnetesVorgabesiegel.hash() + " bei Ereignis Nr. "
                        + verzeichnetesVorgabesiegel.globalIndex() + ").");
            }
            if (vorgabeGefundenBei == null) {
                return new Abgleich(vorgabe.tag(), hash, false, null, befund == null
                        ? "Das angegebene Tagessiegel vom " + DATUM.format(vorgabe.tag()) + " kommt in der Kette nicht vor: "
                                + "die Ereignisse bis zu diesem Tag sind nicht mehr die damals versiegelten."
                        : "Das angegebene Tagessiegel vom " + DATUM.format(vorgabe.tag())
                                + " ließ sich nicht bestätigen: die Kette bricht vorher ab.");
            }
            if (verzeichnetesVorgabesiegel != null && verzeichnetesVorgabesiegel.globalIndex() != vorgabeGefundenBei) {
                return new Abgleich(vorgabe.tag(), hash, false, vorgabeGefundenBei, "Das angegebene Tagessiegel vom "
                        + DATUM.format(vorgabe.tag()) + " steht in der Kette an einer anderen Stelle als verzeichnet.");
            }
            return new Abgleich(vorgabe.tag(), hash, true, vorgabeGefundenBei, "Das Tagessiegel vom " + DATUM.format(vorgabe.tag())
                    + " stimmt: die Ereignisse bis Nr. " + vorgabeGefundenBei + " sind unverändert.");
        }

        private Befund eingefuegt(ResultSet ereignis, long index, String wo) throws SQLException {
            return befund(Art.EINGEFUEGT, index, ereignis.getString(2), ereignis.getString(6), ereignis.getString(3),
                    ereignis.getLong(4), "Das Ereignis Nr. " + index + " wurde nachträglich eingefügt" + wo);
        }

        private Befund veraendert(ResultSet ereignis, ResultSet glied, long index) throws SQLException {
            String gefunden = ereignis.getString(2);
            String versiegelt = glied.getString(3);
            if (!gefunden.equals(versiegelt)) {
                Long anderswo = versiegeltBei(gefunden, index);
                if (anderswo != null) {
                    return befund(Art.VERTAUSCHT, index, versiegelt, ereignis.getString(6), glied.getString(4), sequenz(glied),
                            "An Stelle Nr. " + index + " steht das Ereignis, das bei der Versiegelung an Stelle Nr. " + anderswo
                                    + " stand: die Reihenfolge wurde verändert");
                }
            }
            return befund(Art.VERAENDERT, index, versiegelt, ereignis.getString(6), glied.getString(4), sequenz(glied),
                    "Das Ereignis Nr. " + index + " wurde nach der Versiegelung verändert");
        }

        private Long versiegeltBei(String ereignisId, long nichtBei) throws SQLException {
            try (PreparedStatement abfrage = verbindung.prepareStatement(
                    "SELECT global_index FROM siegel_kette WHERE event_identifier = ? AND global_index <> ? LIMIT 1")) {
                abfrage.setString(1, ereignisId);
                abfrage.setLong(2, nichtBei);
                try (ResultSet zeile = abfrage.executeQuery()) {
                    return zeile.next() ? zeile.getLong(1) : null;
                }
            }
        }

        private Befund befund(Art art, long index, String ereignisId, String typ, String aggregatId, Long sequenz, String satz)
                throws SQLException {
            String aktenzeichen = aktenzeichen(aggregatId);
            String meldung = satz + (aktenzeichen == null ? "." : " (Aktenzeichen " + aktenzeichen + ").");
            return new Befund(art, index, ereignisId, typ, aggregatId, sequenz, aktenzeichen, meldung);
        }

        private static Long sequenz(ResultSet glied) throws SQLException {
            long sequenz = glied.getLong(5);
            return glied.wasNull() ? null : sequenz;
        }

        /** The Fall an aggregate belongs to, from the write model's registers (a Fall, an Antrag or an agreement). */
        private String aktenzeichen(String aggregatId) throws SQLException {
            UUID id;
            try {
                id = aggregatId == null ? null : UUID.fromString(aggregatId);
            } catch (IllegalArgumentException keineUuid) {
                return null;
            }
            if (id == null) {
                return null;
            }
            // a savepoint: on a query-only database without the write model's registers the lookup fails, the run goes on
            var sicherung = verbindung.setSavepoint();
            try (PreparedStatement abfrage = verbindung.prepareStatement("""
                    SELECT f.aktenzeichen FROM fall_register f
                    WHERE f.fall_id = ?
                       OR f.fall_id = (SELECT a.fall_id FROM antrag_register a WHERE a.antrag_id = ?)
                       OR f.fall_id = (SELECT h.fall_id FROM hilfevereinbarung_register h WHERE h.hilfevereinbarung_id = ?)
                    LIMIT 1""")) {
                abfrage.setObject(1, id);
                abfrage.setObject(2, id);
                abfrage.setObject(3, id);
                try (ResultSet zeile = abfrage.executeQuery()) {
                    return zeile.next() ? zeile.getString(1) : null;
                }
            } catch (SQLException ohneRegister) {
                verbindung.rollback(sicherung);
                return null;
            }
        }
    }
}

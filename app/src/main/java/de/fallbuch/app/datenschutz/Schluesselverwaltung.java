package de.fallbuch.app.datenschutz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data keys of the Datensubjekte (table {@code datenschutz_schluessel}): created with the first
 * event that needs one, in that event's transaction; unwrapped with the master key and kept in a
 * small in-memory cache; destroyed for good when a Fall is erased. The one place that knows whether a
 * Fall's personal data still exist ({@link #geloescht}).
 *
 * <p>The cache holds a key only after its row is committed (a key created in a transaction that rolls
 * back is never used again) and for at most {@link #HALTEDAUER}, so an erasure made by another
 * instance is honoured here within that time; an erasure made here evicts at once.
 */
public class Schluesselverwaltung {

    private static final Logger LOG = LoggerFactory.getLogger(Schluesselverwaltung.class);
    static final int CACHE_GROESSE = 10_000;
    static final Duration HALTEDAUER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Hauptschluessel hauptschluessel;
    private final ObjectMapper json;
    private final Clock uhr;
    private final Map<UUID, Eintrag> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Eintrag> aeltester) {
            return size() > CACHE_GROESSE;
        }
    };

    /** A cached key, or {@code null} for an erased subject. */
    private record Eintrag(SecretKey schluessel, Instant geladen) {
    }

    Schluesselverwaltung(JdbcClient jdbc, Hauptschluessel hauptschluessel, ObjectMapper json, Clock uhr) {
        this.jdbc = jdbc;
        this.hauptschluessel = hauptschluessel;
        this.json = json;
        this.uhr = uhr;
    }

    /**
     * The key to encrypt a subject's values with, created (in the current transaction) if the
     * subject has none yet; empty if the subject's data were erased: then nothing personal may be
     * written for it any more.
     *
     * @param fall the Fall the subject belongs to, if the event says so; otherwise the row's, or looked up
     */
    public Optional<SecretKey> zumSchreiben(UUID subjekt, UUID fall) {
        Optional<Optional<SecretKey>> bekannt = ausCache(subjekt);
        if (bekannt.isPresent()) {
            return bekannt.get();
        }
        Optional<Optional<SecretKey>> gespeichert = lesen(subjekt);
        if (gespeichert.isPresent()) {
            return gespeichert.get();
        }
        SecretKey neu = Aesgcm.neuerSchluessel();
        UUID zugehoerigerFall = fall != null ? fall : fallDesSubjekts(subjekt);
        jdbc.sql("""
                        INSERT INTO datenschutz_schluessel (subjekt_id, fall_id, schluessel, hauptschluessel_id)
                        VALUES (:subjekt, :fall, :schluessel, :hid) ON CONFLICT (subjekt_id) DO NOTHING""")
                .param("subjekt", subjekt)
                .param("fall", zugehoerigerFall)
                .param("schluessel", verpacken(subjekt, neu, hauptschluessel.aktueller()))
                .param("hid", hauptschluessel.aktuelleId())
                .update();
        // Whoever inserted first (this transaction or a concurrent one) wins; read what is stored.
        return lesen(subjekt).orElseThrow(() -> new IllegalStateException("Schlüssel von " + subjekt + " nicht angelegt"));
    }

    /**
     * The key to decrypt a subject's values with; empty if erased.
     *
     * @throws IllegalStateException if the subject never had a key (then the data are not ours to read)
     */
    public Optional<SecretKey> zumLesen(UUID subjekt) {
        return ausCache(subjekt).or(() -> lesen(subjekt))
                .orElseThrow(() -> new IllegalStateException("Zu " + subjekt + " gibt es keinen Schlüssel"));
    }

    /** Whether the personal data of the Fall were erased (its own key destroyed). */
    public boolean geloescht(UUID fall) {
        return jdbc.sql("SELECT geloescht_am IS NOT NULL FROM datenschutz_schluessel WHERE subjekt_id = :id")
                .param("id", fall).query(Boolean.class).optional().orElse(false);
    }

    /** The subjects whose keys belong to the Fall: the Fall itself, its Anträge and agreements. */
    public List<UUID> subjekteDesFalls(UUID fall) {
        return jdbc.sql("SELECT subjekt_id FROM datenschutz_schluessel WHERE fall_id = :fall OR subjekt_id = :fall ORDER BY erstellt_am")
                .param("fall", fall).query(UUID.class).list();
    }

    /**
     * Destroys the keys of the Fall and of every subject belonging to it, in the current transaction,
     * and forgets them here. What was encrypted with them is unreadable from now on, wherever a copy
     * of the ciphertext lies (event store, dead letters, backups of either).
     *
     * @return how many keys were destroyed now (0 if already erased)
     */
    public int loeschen(UUID fall, String von, String rechtsgrundlage) {
        List<UUID> subjekte = subjekteDesFalls(fall);
        int geloescht = jdbc.sql("""
                        UPDATE datenschutz_schluessel
                        SET schluessel = NULL, hauptschluessel_id = NULL, geloescht_am = :am, geloescht_von = :von,
                            rechtsgrundlage = :rg
                        WHERE (fall_id = :fall OR subjekt_id = :fall) AND geloescht_am IS NULL""")
                .param("am", OffsetDateTime.ofInstant(uhr.instant(), ZoneOffset.UTC))
                .param("von", von)
                .param("rg", rechtsgrundlage)
                .param("fall", fall)
                .update();
        vergessen(subjekte);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a concurrent reader may have cached a key between our UPDATE and the commit
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    vergessen(subjekte);
                }
            });
        }
        return geloescht;
    }

    /**
     * Re-wraps every data key that is still wrapped with a previous master key with the current one
     * (master key rotation, docs/datenschutz.md). Idempotent; returns how many keys were re-wrapped.
     */
    public int neuVerpacken() {
        List<Map<String, Object>> alte = jdbc.sql("""
                        SELECT subjekt_id, schluessel, hauptschluessel_id FROM datenschutz_schluessel
                        WHERE schluessel IS NOT NULL AND hauptschluessel_id <> :aktuell""")
                .param("aktuell", hauptschluessel.aktuelleId()).query().listOfRows();
        int anzahl = 0;
        for (Map<String, Object> zeile : alte) {
            UUID subjekt = (UUID) zeile.get("subjekt_id");
            String id = (String) zeile.get("hauptschluessel_id");
            Optional<SecretKey> alter = hauptschluessel.mitId(id);
            if (alter.isEmpty()) {
                LOG.error("Schlüssel von {} ist mit dem unbekannten Hauptschlüssel {} verpackt und bleibt so", subjekt, id);
                continue;
            }
            SecretKey datenschluessel = Aesgcm.schluessel(
                    Aesgcm.entschluesseln(alter.get(), Hauptschluessel.zugehoerig(subjekt), (byte[]) zeile.get("schluessel")));
            anzahl += jdbc.sql("""
                            UPDATE datenschutz_schluessel SET schluessel = :neu, hauptschluessel_id = :hid
                            WHERE subjekt_id = :subjekt AND hauptschluessel_id = :alt AND schluessel IS NOT NULL""")
                    .param("neu", verpacken(subjekt, datenschluessel, hauptschluessel.aktueller()))
                    .param("hid", hauptschluessel.aktuelleId())
                    .param("subjekt", subjekt)
                    .param("alt", id)
                    .update();
        }
        return anzahl;
    }

    /** Forgets cached keys (all of them with an empty list is not offered: erasure names its subjects). */
    void vergessen(List<UUID> subjekte) {
        synchronized (cache) {
            subjekte.forEach(cache::remove);
        }
    }

    private Optional<Optional<SecretKey>> ausCache(UUID subjekt) {
        synchronized (cache) {
            Eintrag eintrag = cache.get(subjekt);
            if (eintrag == null) {
                return Optional.empty();
            }
            if (eintrag.geladen().plus(HALTEDAUER).isBefore(Instant.now())) {
                cache.remove(subjekt);
                return Optional.empty();
            }
            return Optional.of(Optional.ofNullable(eintrag.schluessel()));
        }
    }

    /** The stored key (empty inner optional: erased), or nothing if the subject has no row. */
    private Optional<Optional<SecretKey>> lesen(UUID subjekt) {
        return jdbc.sql("SELECT schluessel, hauptschluessel_id FROM datenschutz_schluessel WHERE subjekt_id = :id")
                .param("id", subjekt)
                .query((rs, n) -> {
                    byte[] verpackt = rs.getBytes(1);
                    if (verpackt == null) {
                        return Optional.<SecretKey>empty();
                    }
                    String hid = rs.getString(2);
                    SecretKey haupt = hauptschluessel.mitId(hid).orElseThrow(() -> new IllegalStateException(
                            "Der Schlüssel von " + subjekt + " ist mit einem Hauptschlüssel verpackt, der nicht konfiguriert ist ("
                                    + hid + "); siehe fallbuch.datenschutz.vorherige-hauptschluessel"));
                    return Optional.of(Aesgcm.schluessel(Aesgcm.entschluesseln(haupt, Hauptschluessel.zugehoerig(subjekt), verpackt)));
                })
                .optional()
                .map(schluessel -> {
                    merken(subjekt, schluessel.orElse(null));
                    return schluessel;
                });
    }

    /** Caches what was read; inside a transaction only once it has committed (the row might roll back). */
    private void merken(UUID subjekt, SecretKey schluessel) {
        Eintrag eintrag = new Eintrag(schluessel, Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    synchronized (cache) {
                        cache.put(subjekt, eintrag);
                    }
                }
            });
        } else {
            synchronized (cache) {
                cache.put(subjekt, eintrag);
            }
        }
    }

    private static byte[] verpacken(UUID subjekt, SecretKey datenschluessel, SecretKey haupt) {
        return Aesgcm.verschluesseln(haupt, Hauptschluessel.zugehoerig(subjekt), datenschluessel.getEncoded());
    }

    /**
     * The Fall of a subject whose creating event did not pass through here (written before
     * encryption existed): the {@code fallId} of its first event, or the subject itself (a Fall).
     */
    private UUID fallDesSubjekts(UUID subjekt) {
        // With Axon Server the table exists (migrated always) but is empty: the subject stands for itself.
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND sequence_number = 0")
                .param("id", subjekt.toString()).query(String.class).optional()
                .map(this::fallIdAus).orElse(subjekt);
    }

    private UUID fallIdAus(String payload) {
        try {
            JsonNode fall = json.readTree(payload).get("fallId");
            return fall != null && fall.isTextual() ? UUID.fromString(fall.asText()) : null;
        } catch (Exception e) {
            return null;
        }
    }
}

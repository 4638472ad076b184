package de.fallbuch.app.sicherheit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins slowed and then locked, per user name and per client address (issue 13): a Bucket4j
 * token bucket per key, kept in a bounded Caffeine cache. Every failed login takes a token from the
 * user's and from the address's bucket; a login whose user or address has no token left is refused
 * before its password is checked, until the buckets refill by themselves. A successful login empties
 * nothing and refills its user's bucket. User names that do not exist are treated exactly like
 * existing ones, so the refusal tells nothing about who exists.
 */
public final class Anmeldeschutz {

    /** What the Administration sees: who or which address is refused, until when at the latest. */
    public record Sperre(String art, String kennung, Instant bis) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Anmeldeschutz.class);
    private static final Pattern UNSICHTBAR = Pattern.compile("[^\\p{L}\\p{N}._@+-]");
    private static final int MAX_NAMENSLAENGE = 64;
    /** Enough keys for a large office under a spray of made-up names; the oldest are dropped first. */
    private static final int MAX_SCHLUESSEL = 100_000;

    private final Anmeldekonfiguration.Schutz benutzerSchutz;
    private final Anmeldekonfiguration.Schutz adressenSchutz;
    private final Clock uhr;
    private final TimeMeter zeit;
    private final Cache<String, Bucket> benutzer;
    private final Cache<String, Bucket> adressen;

    public Anmeldeschutz(Anmeldekonfiguration konfiguration, Clock uhr) {
        this.benutzerSchutz = konfiguration.benutzerSchutz();
        this.adressenSchutz = konfiguration.adressenSchutz();
        this.uhr = uhr;
        // The service's clock (movable in tests), not System.nanoTime.
        this.zeit = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return uhr.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.benutzer = cache(benutzerSchutz);
        this.adressen = cache(adressenSchutz);
    }

    private static Cache<String, Bucket> cache(Anmeldekonfiguration.Schutz schutz) {
        Duration laengste = schutz.sperrdauer().compareTo(schutz.verlangsamung()) > 0 ? schutz.sperrdauer() : schutz.verlangsamung();
        // A bucket untouched for longer than its longest window is full again anyway: it may go.
        return Caffeine.newBuilder().maximumSize(MAX_SCHLUESSEL).expireAfterAccess(laengste).build();
    }

    private Bucket neu(Anmeldekonfiguration.Schutz schutz) {
        return Bucket.builder()
                .addLimit(grenze -> grenze.capacity(schutz.fehlversucheBisVerlangsamung())
                        .refillGreedy(schutz.fehlversucheBisVerlangsamung(), schutz.verlangsamung()))
                .addLimit(grenze -> grenze.capacity(schutz.fehlversucheBisSperre())
                        .refillIntervally(schutz.fehlversucheBisSperre(), schutz.sperrdauer()))
                .withCustomTimePrecision(zeit)
                .build();
    }

    /** How long this login must wait before it may try again, or empty if it may try now. */
    public Optional<Duration> wartezeit(String benutzername, String adresse) {
        long nanos = Math.max(warten(benutzer.getIfPresent(schluessel(benutzername))), warten(adressen.getIfPresent(adresse(adresse))));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    private static long warten(Bucket eimer) {
        return eimer == null ? 0 : eimer.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    /** Counts one failed login against the user name and the address; logs when either becomes refused. */
    public void fehlversuch(String benutzername, String adresse) {
        nehmen(benutzer.get(schluessel(benutzername), k -> neu(benutzerSchutz)), "Benutzer", lesbar(benutzername));
        nehmen(adressen.get(adresse(adresse), k -> neu(adressenSchutz)), "Adresse", adresse(adresse));
    }

    private void nehmen(Bucket eimer, String art, String kennung) {
        eimer.tryConsume(1);
        long nanos = warten(eimer);
        if (nanos > 0) {
            LOG.warn("Anmeldung verlangsamt/gesperrt: {} '{}' bis {} (noch {} s)", art, kennung,
                    uhr.instant().plusNanos(nanos), Duration.ofNanos(nanos).toSeconds());
        }
    }

    /** A successful login: its user starts afresh (the address keeps its count). */
    public void erfolg(String benutzername) {
        benutzer.invalidate(schluessel(benutzername));
    }

    /** Every user name and address refused at this moment, longest first. */
    public List<Sperre> sperren() {
        List<Sperre> sperren = new ArrayList<>();
        Instant jetzt = uhr.instant();
        benutzer.asMap().forEach((name, eimer) -> {
            long nanos = warten(eimer);
            if (nanos > 0) {
                sperren.add(new Sperre("BENUTZER", lesbar(name), jetzt.plusNanos(nanos)));
            }
        });
        adressen.asMap().forEach((adresse, eimer) -> {
            long nanos = warten(eimer);
            if (nanos > 0) {
                sperren.add(new Sperre("ADRESSE", adresse, jetzt.plusNanos(nanos)));
            }
        });
        sperren.sort(Comparator.comparing(Sperre::bis).reversed());
        return sperren;
    }

    /** Case-insensitive, so {@code Admin} and {@code admin} share one count. */
    private static String schluessel(String benutzername) {
        return benutzername == null ? "" : benutzername.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String adresse(String adresse) {
        return adresse == null ? "" : adresse;
    }

    /**
     * A user name as a log line or the Administration may show it: what the caller typed is not trusted, so it is
     * cut and every character outside letters, digits and {@code . _ @ + -} shows as {@code ?} (no line breaks,
     * no control or markup characters).
     */
    public static String lesbar(String benutzername) {
        if (benutzername == null) {
            return "";
        }
        String kurz = benutzername.length() > MAX_NAMENSLAENGE ? benutzername.substring(0, MAX_NAMENSLAENGE) : benutzername;
        return UNSICHTBAR.matcher(kurz).replaceAll("?") + (kurz.length() < benutzername.length() ? "…" : "");
    }
}

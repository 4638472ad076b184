package de.fallbuch.app.integritaet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The seal in {@code /actuator/health} (as {@code integritaet}): the outcome of the last recorded
 * verification. A finding makes it {@code VERLETZT}, a status of its own, ordered after DOWN and
 * OUT_OF_SERVICE and before DEGRADED in application.yml and answered with HTTP 200: the service
 * still works and a restart would not help, but monitoring, which alerts on anything but UP, must
 * call someone. Before the first verification it is UNKNOWN. Details (for the Administration) name
 * the finding, its global index and Aktenzeichen, and how far the chain reaches.
 */
@Component("integritaetHealthIndicator")
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class IntegritaetGesundheit implements HealthIndicator {

    /** The status after a verification found the ledger changed (management.endpoint.health.status in application.yml). */
    static final String VERLETZT = "VERLETZT";

    private final Integritaet integritaet;
    private final Siegelbuch siegelbuch;
    private final Versiegelung versiegelung;

    IntegritaetGesundheit(Integritaet integritaet, Siegelbuch siegelbuch, Versiegelung versiegelung) {
        this.integritaet = integritaet;
        this.siegelbuch = siegelbuch;
        this.versiegelung = versiegelung;
    }

    @Override
    public Health health() {
        Health.Builder gesundheit;
        try {
            var letzte = integritaet.letzte();
            if (letzte.isEmpty()) {
                gesundheit = Health.unknown().withDetail("letztePruefung", "noch keine");
            } else {
                var pruefung = letzte.get();
                gesundheit = pruefung.unversehrt() ? Health.up()
                        : Health.status(new Status(VERLETZT, "Die letzte Integritätsprüfung hat eine Veränderung des Ereignisspeichers gefunden"));
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("geprueftAm", pruefung.geprueftAm());
                details.put("benutzer", pruefung.benutzer());
                details.put("unversehrt", pruefung.unversehrt());
                details.put("ereignisse", pruefung.ereignisse());
                details.put("bisGlobalIndex", pruefung.bisGlobalIndex());
                if (!pruefung.unversehrt()) {
                    details.put("befund", pruefung.befundArt());
                    details.put("globalIndex", pruefung.befundGlobalIndex());
                    details.put("aktenzeichen", pruefung.befundAktenzeichen());
                    details.put("meldung", pruefung.befundMeldung());
                }
                gesundheit.withDetail("letztePruefung", details);
            }
            gesundheit.withDetail("versiegeltBis", siegelbuch.versiegeltBis());
        } catch (RuntimeException datenbankWeg) {
            // the database's own indicator reports the outage; this one only says it cannot tell
            return Health.unknown().withDetail("fehler", datenbankWeg.getClass().getSimpleName()).build();
        }
        Versiegelung.OffeneLuecke luecke = versiegelung.offeneLuecke();
        if (luecke != null) {
            gesundheit.withDetail("wartetAufLuecke", Map.of("globalIndex", luecke.globalIndex(), "seit", luecke.seit()));
        }
        return gesundheit.build();
    }
}

package de.fallbuch.app.betrieb;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The views in the actuator: health ({@code /actuator/health}, details for the Administration)
 * is DOWN when a view's processor is in error and DEGRADED when a view has parked events in its
 * dead-letter queue (it runs, but some Fälle are missing or stale in it; answered with HTTP 200,
 * since a restart would not help, and ordered between DOWN and UP in application.yml, so the
 * overall status shows it to anyone, details and the Aktenzeichen only to the Administration).
 * Every view's lag behind the event store is a metric ({@code fallbuch.projektion.rueckstand},
 * tag {@code projektion}, in events), its dead letters another ({@code fallbuch.projektion.deadletters}).
 */
@Component("projektionenHealthIndicator")
class ProjektionenGesundheit implements HealthIndicator {

    /** The status of a view with dead letters (management.endpoint.health.status in application.yml). */
    static final String BEEINTRAECHTIGT = "DEGRADED";

    private final Projektionen projektionen;
    private final MeterRegistry metriken;

    ProjektionenGesundheit(Projektionen projektionen, MeterRegistry metriken) {
        this.projektionen = projektionen;
        this.metriken = metriken;
    }

    @EventListener(ContextRefreshedEvent.class)
    void metrikenAnmelden() {
        for (Projektionen.Stand stand : projektionen.alle()) {
            Gauge.builder("fallbuch.projektion.rueckstand", projektionen,
                            p -> p.stand(stand.name()).map(Projektionen.Stand::rueckstand).orElse(0L))
                    .tag("projektion", stand.name())
                    .description("Ereignisse, die die Ansicht noch nicht verarbeitet hat")
                    .register(metriken);
            Gauge.builder("fallbuch.projektion.deadletters", projektionen,
                            p -> p.stand(stand.name()).map(Projektionen.Stand::deadLetters).orElse(0L))
                    .tag("projektion", stand.name())
                    .description("Ereignisse der Ansicht in der Dead-Letter-Queue")
                    .register(metriken);
        }
    }

    @Override
    public Health health() {
        List<Projektionen.Stand> staende;
        try {
            staende = projektionen.alle();
        } catch (RuntimeException datenbankWeg) {
            // The views' state lives in the database; without it health is DOWN, not a 500.
            return Health.down(datenbankWeg).build();
        }
        Health.Builder gesundheit = Health.up();
        boolean fehler = false;
        List<String> beeintraechtigt = new ArrayList<>();
        for (Projektionen.Stand stand : staende) {
            fehler |= stand.fehler();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rueckstand", stand.rueckstand());
            details.put("neuaufbau", stand.neuaufbau());
            details.put("deadLetters", stand.deadLetters());
            details.put("fehler", stand.fehler());
            if (stand.beeintraechtigt()) {
                beeintraechtigt.add(stand.name());
                details.put("aktenzeichen", stand.deadLetterAktenzeichen());
            }
            gesundheit.withDetail(stand.name(), details);
        }
        if (fehler) {
            gesundheit.down();
        } else if (!beeintraechtigt.isEmpty()) {
            gesundheit.status(new Status(BEEINTRAECHTIGT, "Ansichten mit zurückgestellten Ereignissen (Dead Letters): "
                    + String.join(", ", beeintraechtigt)));
        }
        return gesundheit.build();
    }
}

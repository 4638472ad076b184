package de.fallbuch.app.betrieb;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The views in the actuator: health ({@code /actuator/health}, details for the Administration)
 * is DOWN when a view's processor is in error, and every view's lag behind the event store is a
 * metric ({@code fallbuch.projektion.rueckstand}, tag {@code projektion}, in events).
 */
@Component("projektionenHealthIndicator")
class ProjektionenGesundheit implements HealthIndicator {

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
        for (Projektionen.Stand stand : staende) {
            if (stand.fehler()) {
                gesundheit.down();
            }
            gesundheit.withDetail(stand.name(), java.util.Map.of(
                    "rueckstand", stand.rueckstand(), "neuaufbau", stand.neuaufbau(),
                    "deadLetters", stand.deadLetters(), "fehler", stand.fehler()));
        }
        return gesundheit.build();
    }
}

package de.fallbuch.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests: real time, moved forward on demand. A deadline that would fall
 * due in a month fires as soon as a test moves the clock past it, because the aggregates and the
 * deadline scheduler read this same clock (see FristenKonfiguration). Time keeps running, so the
 * scheduler's own heartbeats and timeouts behave as usual. Tests that move it reset it afterwards.
 */
public final class Testuhr extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> versatz;
    private final List<Runnable> beiZeitsprung;

    public Testuhr(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO), new CopyOnWriteArrayList<>());
    }

    private Testuhr(ZoneId zone, AtomicReference<Duration> versatz, List<Runnable> beiZeitsprung) {
        this.zone = zone;
        this.versatz = versatz;
        this.beiZeitsprung = beiZeitsprung;
    }

    /**
     * Runs after every jump of the clock. The deadline scheduler waits for its next poll by this
     * clock; after a jump back it would otherwise sleep until the clock has caught up again.
     */
    public void beiZeitsprung(Runnable aktion) {
        beiZeitsprung.add(aktion);
    }

    /** Moves the service's time forward by {@code dauer}. */
    public void vorstellen(Duration dauer) {
        versatz.updateAndGet(bisher -> bisher.plus(dauer));
        beiZeitsprung.forEach(Runnable::run);
    }

    /** Moves the service's time forward by whole days. */
    public void umTageVorstellen(long tage) {
        vorstellen(Duration.ofDays(tage));
    }

    /** Back to real time. */
    public void zuruecksetzen() {
        if (!versatz.getAndSet(Duration.ZERO).isZero()) {
            beiZeitsprung.forEach(Runnable::run);
        }
    }

    public LocalDate heute() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId andereZone) {
        return new Testuhr(andereZone, versatz, beiZeitsprung);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(versatz.get());
    }
}

package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Testdaten;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import de.fallbuch.kernel.common.Ansicht;
import de.fallbuch.kernel.common.LesestandAbfragen;
import de.fallbuch.query.common.Lesestandmelder;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Read-your-writes without polling (issue 14): a page waits on a subscription query whose updates
 * come from PostgreSQL NOTIFY, whichever connection (and so whichever instance's projector) sent it.
 */
class NachlaufTest extends IntegrationTest {

    @Autowired
    Nachlauf nachlauf;
    @Autowired
    Lesestandmelder melder;
    @Autowired
    QueryUpdateEmitter aktualisierungen;
    @Autowired
    QueryGateway abfragen;
    @Autowired
    ApplicationContext dienst;

    @Test
    void eineMeldungEinerAnderenVerbindungErreichtDenWartenden() throws Exception {
        assertThat(melder.horchtBinnen(Duration.ofSeconds(10))).isTrue();
        UUID id = UUID.randomUUID();
        long beginn = System.nanoTime();
        CompletableFuture<Boolean> gewartet = CompletableFuture.supplyAsync(
                () -> nachlauf.abwarten(Ansicht.ANTRAG, id, 7, Duration.ofSeconds(20)));
        wartetSchon(id);
        // As another instance's projector would: its own connection, delivered on commit.
        TestDatenbank.alsSuperuser(dienst).sql("SELECT pg_notify('" + Lesestandmelder.KANAL + "', :nachricht)")
                .param("nachricht", "ANTRAG " + id + " 7").query().singleValue();
        assertThat(gewartet.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - beginn)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void eineNiedrigereVersionGenuegtNichtUndNachDerFristKommtFalse() throws Exception {
        assertThat(melder.horchtBinnen(Duration.ofSeconds(10))).isTrue();
        UUID id = UUID.randomUUID();
        long beginn = System.nanoTime();
        CompletableFuture<Boolean> gewartet = CompletableFuture.supplyAsync(
                () -> nachlauf.abwarten(Ansicht.FALL, id, 5, Duration.ofMillis(800)));
        wartetSchon(id);
        TestDatenbank.alsSuperuser(dienst).sql("SELECT pg_notify('" + Lesestandmelder.KANAL + "', :nachricht)")
                .param("nachricht", "FALL " + id + " 4").query().singleValue();
        assertThat(gewartet.get(10, TimeUnit.SECONDS)).isFalse();
        Duration dauer = Duration.ofNanos(System.nanoTime() - beginn);
        assertThat(dauer).isGreaterThanOrEqualTo(Duration.ofMillis(800)).isLessThan(Duration.ofSeconds(5));
        assertThat(aktualisierungen.activeSubscriptions()).noneMatch(abfrage -> id.equals(idVon(abfrage.getPayload())));
    }

    @Test
    void einSchreibenUndDasWartenDanachSehenSeineVersion() {
        Api mueller = als("fm.mueller");
        UUID fallId = UUID.fromString(Testdaten.fallEroeffnen(mueller, "Nachlauf", "Innenstadt"));
        for (int i = 0; i < 5; i++) {
            long version = mueller.post("/api/faelle/" + fallId + "/wiedervorlagen", Map.of("version", (long) i,
                    "faelligAm", "2099-01-01", "anlass", "Nachlauf " + i)).erwarte(201).version();
            long beginn = System.nanoTime();
            assertThat(nachlauf.abwarten(Ansicht.FALL, fallId, version, Duration.ofSeconds(10))).isTrue();
            System.out.printf("Nachlauf: Version %d nach %d ms sichtbar%n", version, (System.nanoTime() - beginn) / 1_000_000);
            // The view shows it now, so the next form sent with this version is not stale.
            assertThat(abfragen.query(new LesestandAbfragen(Ansicht.FALL, fallId), Long.class).join()).isGreaterThanOrEqualTo(version);
        }
    }

    @Test
    void nachVerlorenerVerbindungHorchtDerMelderWieder() throws Exception {
        assertThat(melder.horchtBinnen(Duration.ofSeconds(10))).isTrue();
        int beendet = TestDatenbank.alsSuperuser(dienst).sql("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                        WHERE application_name = 'fallbuch-lesestand'""").query(Integer.class).single();
        assertThat(beendet).isGreaterThanOrEqualTo(1);
        UUID id = UUID.randomUUID();
        CompletableFuture<Boolean> gewartet = CompletableFuture.supplyAsync(
                () -> nachlauf.abwarten(Ansicht.HILFEVEREINBARUNG, id, 1, Duration.ofSeconds(20)));
        wartetSchon(id);
        // Until the listener is back, a notification would be lost: send until it arrives (test only).
        for (int versuch = 0; versuch < 150 && !gewartet.isDone(); versuch++) {
            TestDatenbank.alsSuperuser(dienst).sql("SELECT pg_notify('" + Lesestandmelder.KANAL + "', :nachricht)")
                    .param("nachricht", "HILFEVEREINBARUNG " + id + " 1").query().singleValue();
            Thread.sleep(100);
        }
        assertThat(gewartet.get(10, TimeUnit.SECONDS)).isTrue();
    }

    /** The subscription is registered (so a NOTIFY from now on reaches it). */
    private void wartetSchon(UUID id) throws InterruptedException {
        long ende = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (aktualisierungen.activeSubscriptions().stream().noneMatch(abfrage -> id.equals(idVon(abfrage.getPayload())))) {
            assertThat(System.nanoTime()).as("subscription registered").isLessThan(ende);
            Thread.sleep(10);
        }
    }

    private static UUID idVon(Object abfrage) {
        return abfrage instanceof LesestandAbfragen lesestand ? lesestand.id() : null;
    }
}

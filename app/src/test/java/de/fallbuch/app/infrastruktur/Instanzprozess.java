package de.fallbuch.app.infrastruktur;

import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.Testuhr;
import de.fallbuch.app.TestuhrKonfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * One service instance of {@link MehrereInstanzenTest} in a JVM of its own: the service with the
 * test clock, whose offset follows a file every instance of the test reads
 * ({@code fallbuch.test.uhr-datei}, an ISO-8601 duration), so all instances move their clocks
 * together and deadlines fall due while the cluster runs.
 */
public final class Instanzprozess {

    private Instanzprozess() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(FallbuchApplication.class, TestuhrKonfiguration.class, UhrAusDatei.class).run(args);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class UhrAusDatei {

        @Bean
        InitializingBean uhrFolgtDerDatei(Testuhr uhr, @Value("${fallbuch.test.uhr-datei}") Path datei) {
            return () -> {
                AtomicReference<Duration> angewandt = new AtomicReference<>(Duration.ZERO);
                ScheduledExecutorService takt = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread faden = new Thread(r, "uhr-aus-datei");
                    faden.setDaemon(true);
                    return faden;
                });
                takt.scheduleWithFixedDelay(() -> {
                    try {
                        if (Files.exists(datei)) {
                            Duration soll = Duration.parse(Files.readString(datei).trim());
                            Duration bisher = angewandt.getAndSet(soll);
                            if (!soll.equals(bisher)) {
                                uhr.vorstellen(soll.minus(bisher));
                            }
                        }
                    } catch (Exception halbGeschrieben) {
                        // read again at the next tick
                    }
                }, 0, 50, TimeUnit.MILLISECONDS);
            };
        }
    }
}

package de.fallbuch.app.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.UpdateCheckerHttpClient;
import org.axonframework.updates.api.UpdateCheckRequest;
import org.axonframework.updates.api.UpdateCheckResponse;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.axonframework.updates.detection.TestEnvironmentDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 13, item 8: Axon's UpdateChecker (anonymous usage reporting to AxonIQ) is switched off by
 * our application.yml. Axon leaves the checker out whenever it detects a test on the stack, so the
 * test forces "no test environment" and counts the requests the checker would send.
 */
class KeineAusgehendenAufrufeTest {

    private static final AtomicInteger ANFRAGEN = new AtomicInteger();

    @BeforeEach
    void wieInProduktion() {
        System.setProperty(TestEnvironmentDetector.AXONIQ_USAGE_FORCE_TEST_ENVIRONMENT, "true");
        ANFRAGEN.set(0);
    }

    @AfterEach
    void zuruecksetzen() {
        System.clearProperty(TestEnvironmentDetector.AXONIQ_USAGE_FORCE_TEST_ENVIRONMENT);
    }

    @Test
    void mitUnsererKonfigurationSchicktAxonNichtsNachAussen() throws Exception {
        List<PropertySource<?>> anwendung = new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"));
        laeufer().withInitializer(kontext -> anwendung.forEach(q -> kontext.getEnvironment().getPropertySources().addFirst(q)))
                .run(kontext -> {
                    assertThat(kontext.getBean("usagePropertyProvider", UsagePropertyProvider.class).getDisabled()).isTrue();
                    UpdateChecker pruefer = kontext.getBean(UpdateChecker.class);
                    pruefer.start();
                    // The checker would send its first request one second after the start.
                    Thread.sleep(2_000);
                    assertThat(ANFRAGEN).hasValue(0);
                    pruefer.stop();
                });
    }

    /** The control: without the setting the checker does call out, so the test above can fail. */
    @Test
    void ohneDieEinstellungWuerdeAxonAnfragen() {
        laeufer().withPropertyValues("axon.update-check.disabled=false").run(kontext -> {
            UpdateChecker pruefer = kontext.getBean(UpdateChecker.class);
            pruefer.start();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ANFRAGEN.get()).isPositive());
            pruefer.stop();
        });
    }

    private static ApplicationContextRunner laeufer() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(UpdateCheckerAutoConfiguration.class))
                .withBean(UpdateCheckerHttpClient.class, () -> new ZaehlenderClient());
    }

    /** Records the request instead of sending it. */
    static final class ZaehlenderClient extends UpdateCheckerHttpClient {

        ZaehlenderClient() {
            super(UsagePropertyProvider.create());
        }

        @Override
        public Optional<UpdateCheckResponse> sendRequest(UpdateCheckRequest anfrage, boolean erste) {
            ANFRAGEN.incrementAndGet();
            return Optional.empty();
        }
    }
}

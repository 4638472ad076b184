package de.fallbuch.app;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a random port with its embedded PostgreSQL
 * (real binaries) in a fresh directory under target/, Axon's real JDBC event store, driven through
 * the REST API. All subclasses share one running service (Spring's context cache), so tests must
 * not depend on the database being empty: each creates its own Fälle.
 */
@SpringBootTest(classes = FallbuchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static final Path DATEN = Path.of("target", "test-daten", UUID.randomUUID().toString());

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void datenverzeichnis(DynamicPropertyRegistry eigenschaften) {
        eigenschaften.add("fallbuch.data-dir", () -> DATEN.toAbsolutePath().toString());
    }

    protected Api als(String benutzer) {
        return new Api(port, benutzer, "demo");
    }

    protected Api als(String benutzer, String passwort) {
        return new Api(port, benutzer, passwort);
    }

    protected Api anonym() {
        return new Api(port, null, null);
    }
}

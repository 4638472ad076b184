package de.fallbuch.app;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a random port with its embedded PostgreSQL
 * (real binaries) in a fresh directory under target/, Axon's real JDBC event store, driven through
 * the REST API. All subclasses share one running service (Spring's context cache), so tests must
 * not depend on the database being empty: each creates its own Fälle.
 *
 * <p>The service's clock is a {@link Testuhr}: a test may move it forward to let deadlines fall
 * due (the scheduler polls every 200 ms here); it is reset after every test.
 */
@SpringBootTest(classes = FallbuchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fallbuch.fristen.abfrageintervall=PT0.2S")
@Import(TestuhrKonfiguration.class)
public abstract class IntegrationTest {

    private static final Path DATEN = Path.of("target", "test-daten", UUID.randomUUID().toString());
    /** The directory of the office's own document templates ({@code fallbuch.dokumente.vorlagen}). */
    protected static final Path VORLAGEN = DATEN.resolve("vorlagen");

    @LocalServerPort
    private int port;
    @Autowired
    protected Testuhr uhr;

    @AfterEach
    void uhrZuruecksetzen() {
        uhr.zuruecksetzen();
    }

    @DynamicPropertySource
    static void datenverzeichnis(DynamicPropertyRegistry eigenschaften) {
        eigenschaften.add("fallbuch.data-dir", () -> DATEN.toAbsolutePath().toString());
        // The office's own document templates: empty (built-in ones) unless a test puts one there (DokumenteTest).
        eigenschaften.add("fallbuch.dokumente.vorlagen", () -> VORLAGEN.toAbsolutePath().toString());
        // Staff and a Dienststelle with names as long as allowed (Hoechstwerte), besides the demo users.
        benutzer(eigenschaften, 0, Hoechstwerte.FALLMANAGER, "FALLMANAGER");
        benutzer(eigenschaften, 1, Hoechstwerte.ZWEITER_FALLMANAGER, "FALLMANAGER");
        benutzer(eigenschaften, 2, Hoechstwerte.SACHGEBIETSLEITUNG, "SACHGEBIETSLEITUNG");
        // A Fallmanager of Dienststellen one test each works in (Kennzahlen suppression, CSV injection).
        eigenschaften.add("fallbuch.benutzer[3].name", () -> Kleinstellen.FALLMANAGER);
        eigenschaften.add("fallbuch.benutzer[3].passwort", () -> "{noop}demo");
        eigenschaften.add("fallbuch.benutzer[3].rolle", () -> "FALLMANAGER");
        for (int i = 0; i < Kleinstellen.ALLE.size(); i++) {
            String dienststelle = Kleinstellen.ALLE.get(i);
            eigenschaften.add("fallbuch.benutzer[3].dienststellen[" + i + "]", () -> dienststelle);
        }
    }

    private static void benutzer(DynamicPropertyRegistry eigenschaften, int i, String name, String rolle) {
        eigenschaften.add("fallbuch.benutzer[" + i + "].name", () -> name);
        eigenschaften.add("fallbuch.benutzer[" + i + "].passwort", () -> "{noop}demo");
        eigenschaften.add("fallbuch.benutzer[" + i + "].rolle", () -> rolle);
        eigenschaften.add("fallbuch.benutzer[" + i + "].dienststellen[0]", () -> Hoechstwerte.DIENSTSTELLE);
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

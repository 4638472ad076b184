package de.fallbuch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;

/** A small HTTP client for the tests: one user, JSON in and out, no exception on 4xx. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final String basis;
    private final String anmeldung;
    private final Map<String, String> kopfzeilen;

    Api(int port, String benutzer, String passwort) {
        this("http://localhost:" + port, benutzer == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((benutzer + ":" + passwort).getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    private Api(String basis, String anmeldung, Map<String, String> kopfzeilen) {
        this.basis = basis;
        this.anmeldung = anmeldung;
        this.kopfzeilen = kopfzeilen;
    }

    /** A client for a service started outside Spring's test context (e.g. by a jqwik container). */
    public static Api fuer(int port, String benutzer, String passwort) {
        return new Api(port, benutzer, passwort);
    }

    /** The same user sending an extra header with every request. */
    public Api mitKopfzeile(String name, String wert) {
        return new Api(basis, anmeldung, Map.of(name, wert));
    }

    public record Antwort(int status, JsonNode json, String text, HttpHeaders kopf) {

        public String feld(String name) {
            return json.path(name).asText(null);
        }

        public long version() {
            return json.path("version").asLong(-1);
        }

        public Antwort erwarte(int erwartet) {
            assertThat(status).as("HTTP-Status, Antwort: %s", text).isEqualTo(erwartet);
            return this;
        }
    }

    public Antwort get(String pfad) {
        return senden(anfrage(pfad).GET().build());
    }

    public Antwort post(String pfad, Object koerper) {
        try {
            return postRoh(pfad, koerper instanceof String roh ? roh : JSON.writeValueAsString(koerper));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Antwort put(String pfad, String inhaltstyp, String inhalt) {
        return senden(anfrage(pfad).header("Content-Type", inhaltstyp)
                .PUT(HttpRequest.BodyPublishers.ofString(inhalt, StandardCharsets.UTF_8)).build());
    }

    public Antwort postRoh(String pfad, String json) {
        return senden(anfrage(pfad).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Reads are eventually consistent: polls until the view shows what the test waits for. */
    public Antwort warteAuf(String pfad, Predicate<Antwort> bedingung) {
        Antwort[] letzte = new Antwort[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            letzte[0] = get(pfad);
            return bedingung.test(letzte[0]);
        });
        return letzte[0];
    }

    private HttpRequest.Builder anfrage(String pfad) {
        HttpRequest.Builder anfrage = HttpRequest.newBuilder(URI.create(basis + pfad)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (anmeldung != null) {
            anfrage.header("Authorization", anmeldung);
        }
        kopfzeilen.forEach(anfrage::header);
        return anfrage;
    }

    private static Antwort senden(HttpRequest anfrage) {
        try {
            HttpResponse<String> antwort = HTTP.send(anfrage, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = antwort.body();
            JsonNode json = text == null || text.isBlank() || !(text.startsWith("{") || text.startsWith("["))
                    ? JSON.missingNode() : JSON.readTree(text);
            return new Antwort(antwort.statusCode(), json, text, antwort.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

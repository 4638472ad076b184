package de.fallbuch.app.integritaet;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, the seal: an untouched ledger verifies clean; an attacker with superuser rights who
 * switches the append-only trigger off (here: {@code session_replication_role = replica} on one
 * connection of the test) and alters, deletes, inserts or swaps events is caught, with the global
 * index and the Aktenzeichen; a crypto-shredded Fall still verifies; a deposited Tagessiegel is
 * confirmed, a wrong one refused. Every forgery is undone afterwards (the service is shared with the
 * other tests), and a clean verification ends each test, so health is UP again.
 */
class IntegritaetTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private Versiegelung versiegelung;
    @Autowired
    private Siegelbuch siegelbuch;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource datenbank;
    @Autowired
    private ApplicationContext kontext;

    @Test
    void einUnberuehrterSpeicherIstUnversehrtUndNurAdministrationUndRechtspruefungDuerfenPruefen() throws Exception {
        Api mueller = als("fm.mueller");
        String fallId = mueller.post("/api/faelle", neuerFall("Siegeltreu", "Innenstadt")).erwarte(201).feld("fallId");
        erstberatung(mueller, fallId);
        long letzter = globalIndex(fallId, 1);
        versiegelung.versiegeln();
        assertThat(siegelbuch.versiegeltBis()).isGreaterThanOrEqualTo(letzter);

        JsonNode admin = als("admin").post("/api/admin/integritaet", Map.of()).erwarte(200).json();
        assertThat(admin.path("unversehrt").asBoolean()).as(admin.toString()).isTrue();
        assertThat(admin.path("ereignisse").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(admin.path("bisGlobalIndex").asLong()).isGreaterThanOrEqualTo(letzter);
        assertThat(admin.path("kettenkopf").asText()).matches("[0-9a-f]{64}");
        assertThat(admin.has("befund")).isFalse();
        als("rp.weber").postRoh("/api/admin/integritaet", "").erwarte(200);
        als("rp.weber").get("/api/admin/tagessiegel").erwarte(200);
        mueller.post("/api/admin/integritaet", Map.of()).erwarte(403);
        als("rev.koch").get("/api/admin/tagessiegel").erwarte(403);
        als("sgl.schmidt").get("/api/admin/projektionen").erwarte(403);
        anonym().post("/api/admin/integritaet", Map.of()).erwarte(401);

        JsonNode gesundheit = als("admin").get("/actuator/health").json();
        assertThat(gesundheit.path("components").path("integritaet").path("status").asText()).isEqualTo("UP");
        assertThat(gesundheit.path("components").path("integritaet").path("details").path("letztePruefung").path("unversehrt")
                .asBoolean()).isTrue();

        // the UI page for both roles, printable without inline script
        HttpResponse<String> seite = seite("/tagessiegel", "rp.weber");
        assertThat(seite.statusCode()).isEqualTo(200);
        assertThat(seite.body()).contains("Tagessiegel des Ereignisspeichers", "/js/drucken.js", "data-drucken")
                .doesNotContain("onclick", "style=");
        assertThat(seite("/tagessiegel", "fm.mueller").statusCode()).isEqualTo(403);

        // the Verlauf print view says the entries are sealed but not yet covered by a Tagessiegel (once the Fall's view has it)
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        // and once the Verlauf view has the Fall's entries (a view of its own, eventually consistent too)
        mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.status() == 200 && a.json().size() > 0);
        HttpResponse<String> verlauf = seite("/faelle/" + fallId + "/verlauf", "rp.weber");
        assertThat(verlauf.statusCode()).isEqualTo(200);
        assertThat(verlauf.body().replaceAll("\\s+", " ")).contains("id=\"siegel\"", "noch durch kein Tagessiegel gesichert");

        // append-only: the database refuses to change a link, a Tagessiegel or a recorded verification
        for (String sql : List.of("UPDATE siegel_kette SET art = art", "DELETE FROM siegel_kette", "TRUNCATE siegel_kette",
                "UPDATE tagessiegel SET tag = tag", "DELETE FROM tagessiegel", "TRUNCATE tagessiegel",
                "UPDATE integritaet_pruefung SET unversehrt = true", "DELETE FROM integritaet_pruefung", "TRUNCATE integritaet_pruefung")) {
            // the runtime role lacks the privilege; the trigger stops the owner as well
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> TestDatenbank.alsEigentuemer(kontext).sql(sql).update()).as(sql).rootCause()
                    .hasMessageContaining("Siegel sind unveränderlich");
        }
    }

    @Test
    void einKryptogeschredderterFallBleibtUnversehrtUndDasTagessiegelBestaetigtDieKette() throws Exception {
        Api mueller = als("fm.mueller");
        Api schmidt = als("sgl.schmidt");
        String fallId = mueller.post("/api/faelle", neuerFall("Schredderling", "Innenstadt")).erwarte(201).feld("fallId");
        erstberatung(mueller, fallId);
        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 1, "grund", "ARBEITSAUFNAHME")).erwarte(200);
        versiegelung.versiegeln();
        assertThat(pruefen().path("unversehrt").asBoolean()).isTrue();

        // --- erasure at the end of retention destroys the Fall's key; the stored bytes stay, so does the seal ---
        // (the daily job's Löschvorschlag is not needed for the erasure, and it may already have run for that day in an earlier test)
        uhr.vorstellen(Duration.ofDays(6 * 366 + 30));
        schmidt.post("/api/faelle/" + fallId + "/loeschung", Map.of("rechtsgrundlage", "§ 84 Abs. 2 SGB X",
                "begruendung", "Aufbewahrungsfrist abgelaufen")).erwarte(200);
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.text().contains("[gelöscht]"));
        assertThat(jdbc.sql("SELECT count(*) FROM datenschutz_schluessel WHERE fall_id = ?::uuid AND schluessel IS NOT NULL")
                .param(fallId).query(Long.class).single()).as("Schlüssel vernichtet").isZero();
        long letzter = jdbc.sql("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(fallId).query(Long.class).single();
        versiegelung.versiegeln();
        JsonNode nachLoeschung = pruefen();
        assertThat(nachLoeschung.path("unversehrt").asBoolean()).as(nachLoeschung.toString()).isTrue();
        assertThat(nachLoeschung.path("bisGlobalIndex").asLong()).isGreaterThanOrEqualTo(letzter);

        // --- the day ends: its Tagessiegel is recorded (two days after the latest one, whatever other tests did to the clock) ---
        LocalDate spaetestes = uhr.heute();
        for (JsonNode siegel : als("rp.weber").get("/api/admin/tagessiegel").erwarte(200).json()) {
            LocalDate tag = LocalDate.parse(siegel.path("tag").asText());
            spaetestes = tag.isAfter(spaetestes) ? tag : spaetestes;
        }
        LocalDate morgen = spaetestes.plusDays(2);
        uhr.umTageVorstellen(java.time.temporal.ChronoUnit.DAYS.between(uhr.heute(), morgen));
        LocalDate tag = morgen.minusDays(1);
        versiegelung.versiegeln();
        JsonNode tagessiegel = null;
        for (JsonNode siegel : als("admin").get("/api/admin/tagessiegel").erwarte(200).json()) {
            if (siegel.path("tag").asText().equals(tag.toString())) {
                tagessiegel = siegel;
            }
        }
        assertThat(tagessiegel).as("Tagessiegel vom %s", tag).isNotNull();
        assertThat(tagessiegel.path("globalIndex").asLong()).isGreaterThanOrEqualTo(letzter);
        String hash = tagessiegel.path("hash").asText();
        assertThat(hash).matches("[0-9a-f]{64}");

        // as printed (groups of four) it is confirmed ...
        String gedruckt = hash.replaceAll("(.{4})(?!$)", "$1 ");
        JsonNode bestaetigt = als("rp.weber").post("/api/admin/integritaet", Map.of("tag", tag.toString(), "hash", gedruckt)).erwarte(200).json();
        assertThat(bestaetigt.path("unversehrt").asBoolean()).as(bestaetigt.toString()).isTrue();
        assertThat(bestaetigt.path("tagessiegel").path("stimmt").asBoolean()).isTrue();
        assertThat(bestaetigt.path("tagessiegel").path("globalIndex").asLong()).isEqualTo(tagessiegel.path("globalIndex").asLong());
        // ... a wrong one is not
        String falsch = hash.substring(0, 63) + (hash.charAt(63) == '0' ? '1' : '0');
        JsonNode abgelehnt = als("rp.weber").post("/api/admin/integritaet", Map.of("tag", tag.toString(), "hash", falsch)).erwarte(200).json();
        assertThat(abgelehnt.path("unversehrt").asBoolean()).isFalse();
        assertThat(abgelehnt.path("tagessiegel").path("stimmt").asBoolean()).isFalse();
        assertThat(abgelehnt.path("tagessiegel").path("meldung").asText()).contains("weicht vom hier verzeichneten ab");
        // the command line too
        ByteArrayOutputStream ausgabe = new ByteArrayOutputStream();
        String[] mitFalschemSiegel = java.util.stream.Stream.concat(java.util.Arrays.stream(kommandozeile()),
                java.util.stream.Stream.of("--fallbuch.integritaet.tag=" + tag, "--fallbuch.integritaet.hash=" + falsch)).toArray(String[]::new);
        assertThat(IntegritaetKommando.ausfuehren(mitFalschemSiegel, new PrintStream(ausgabe, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(ausgabe.toString(StandardCharsets.UTF_8)).contains("VERLETZT", "weicht vom hier verzeichneten ab");
        // input that is no Tagessiegel is refused as such
        assertThat(als("admin").post("/api/admin/integritaet", Map.of("tag", tag.toString(), "hash", "abc")).erwarte(400).feld("detail"))
                .contains("64 Hexadezimalziffern");
        als("admin").post("/api/admin/integritaet", Map.of("hash", hash)).erwarte(400);

        // the Verlauf print view names the first Tagessiegel that covers its last entry (the test's events bear the real
        // time, Axon's clock, so an earlier Tagessiegel recorded while the service's clock stood years ahead may be it)
        JsonNode erstes = null;
        for (JsonNode siegel : als("admin").get("/api/admin/tagessiegel").erwarte(200).json()) {
            if (siegel.path("globalIndex").asLong() >= letzter && (erstes == null
                    || siegel.path("globalIndex").asLong() < erstes.path("globalIndex").asLong()
                    || siegel.path("globalIndex").asLong() == erstes.path("globalIndex").asLong()
                    && siegel.path("tag").asText().compareTo(erstes.path("tag").asText()) < 0)) {
                erstes = siegel;
            }
        }
        HttpResponse<String> verlauf = seite("/faelle/" + fallId + "/verlauf", "rp.weber");
        assertThat(verlauf.statusCode()).isEqualTo(200);
        assertThat(verlauf.body().replaceAll("\\s+", " ")).contains("durch das Tagessiegel vom <strong>"
                + LocalDate.parse(erstes.path("tag").asText()).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                erstes.path("hash").asText().substring(0, 4) + " ");

        assertThat(pruefen().path("unversehrt").asBoolean()).isTrue();
    }

    @Test
    void veraendertGeloeschtEingefuegtUndVertauschtWirdMitIndexUndAktenzeichenGemeldet() throws Exception {
        Api mueller = als("fm.mueller");
        Map<String, Object> eroeffnet = felder(mueller.post("/api/faelle", neuerFall("Faelschungsziel", "Innenstadt")).erwarte(201).json());
        String fallId = (String) eroeffnet.get("fallId");
        String aktenzeichen = (String) eroeffnet.get("aktenzeichen");
        erstberatung(mueller, fallId);
        for (int v = 1; v < 3; v++) {
            mueller.post("/api/faelle/" + fallId + "/beratungen", Map.of("version", v, "thema", "Thema " + v, "inhalt", "Gespräch " + v))
                    .erwarte(200);
        }
        long[] index = {globalIndex(fallId, 0), globalIndex(fallId, 1), globalIndex(fallId, 2), globalIndex(fallId, 3)};
        versiegelung.versiegeln();
        assertThat(pruefen().path("unversehrt").asBoolean()).isTrue();

        // --- altered payload ---
        String payload = jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?").param(index[1]).query(String.class).single();
        alsSuperuser("UPDATE domain_event_entry SET payload = payload || ' ' WHERE global_index = " + index[1]);
        assertThat(jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?").param(index[1]).query(String.class).single())
                .isNotEqualTo(payload);
        befund(pruefen(), "VERAENDERT", index[1], aktenzeichen);
        JsonNode gesundheit = als("admin").get("/actuator/health").json();
        assertThat(gesundheit.path("status").asText()).isNotEqualTo("UP");
        assertThat(gesundheit.path("components").path("integritaet").path("status").asText()).isEqualTo("VERLETZT");
        assertThat(gesundheit.path("components").path("integritaet").path("details").path("letztePruefung").path("aktenzeichen")
                .asText()).isEqualTo(aktenzeichen);
        // the command line says the same, with exit code 1
        ByteArrayOutputStream ausgabe = new ByteArrayOutputStream();
        assertThat(IntegritaetKommando.ausfuehren(kommandozeile(), new PrintStream(ausgabe, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(ausgabe.toString(StandardCharsets.UTF_8)).contains("VERLETZT", "VERAENDERT bei Ereignis Nr. " + index[1], aktenzeichen);
        alsSuperuser("UPDATE domain_event_entry SET payload = rtrim(payload, ' ') WHERE global_index = " + index[1]);
        assertThat(jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?").param(index[1]).query(String.class).single())
                .isEqualTo(payload);
        assertThat(pruefen().path("unversehrt").asBoolean()).isTrue();
        ausgabe.reset();
        assertThat(IntegritaetKommando.ausfuehren(kommandozeile(), new PrintStream(ausgabe, true, StandardCharsets.UTF_8))).isZero();
        assertThat(ausgabe.toString(StandardCharsets.UTF_8)).contains("UNVERSEHRT");

        // --- deleted event ---
        Map<String, Object> zeile = jdbc.sql("SELECT * FROM domain_event_entry WHERE global_index = ?").param(index[2]).query().singleRow();
        alsSuperuser("DELETE FROM domain_event_entry WHERE global_index = " + index[2]);
        befund(pruefen(), "GELOESCHT", index[2], aktenzeichen);
        wiederEinfuegen(zeile);
        assertThat(pruefen().path("unversehrt").asBoolean()).isTrue();

        // --- a forged event inserted before the chain's first link (a backdated event at index 0) ---
        // (not into a gap of this shared store: the views' tracking tokens would keep the gap and could read the forgery)
        alsSuperuser("INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision, payload_type, "
                + "time_stamp, aggregate_identifier, sequence_number, type) SELECT 0, '" + UUID.randomUUID()
                + "', meta_data, payload, payload_revision, payload_type, time_stamp, aggregate_identifier, 99, type "
                + "FROM domain_event_entry WHERE global_index = " + index[1]);
        JsonNode eingefuegt = pruefen();
        befund(eingefuegt, "EINGEFUEGT", 0, aktenzeichen);
        assertThat(eingefuegt.path("befund").path("meldung").asText()).contains("vor dem Anfang der Kette");
        alsSuperuser("DELETE FROM domain_event_entry WHERE global_index = 0");
        assertThat(pruefen().path("unversehrt").asBoolean()).isTrue();

        // --- two events swapped ---
        vertauschen(index[1], index[3]);
        JsonNode vertauscht = pruefen();
        befund(vertauscht, "VERTAUSCHT", index[1], aktenzeichen);
        assertThat(vertauscht.path("befund").path("meldung").asText()).contains("Stelle Nr. " + index[3]);
        vertauschen(index[1], index[3]);

        // --- the seal's own link changed: the chain no longer agrees with it ---
        byte[] glied = jdbc.sql("SELECT ketten_hash FROM siegel_kette WHERE global_index = ?").param(index[0]).query(byte[].class).single();
        alsSuperuser("UPDATE siegel_kette SET ketten_hash = sha256(ketten_hash) WHERE global_index = " + index[0]);
        befund(pruefen(), "SIEGEL_VERAENDERT", index[0], aktenzeichen);
        alsSuperuser("UPDATE siegel_kette SET ketten_hash = '\\x" + java.util.HexFormat.of().formatHex(glied) + "' WHERE global_index = "
                + index[0]);

        JsonNode wiederhergestellt = pruefen();
        assertThat(wiederhergestellt.path("unversehrt").asBoolean()).as(wiederhergestellt.toString()).isTrue();
        assertThat(als("admin").get("/actuator/health").json().path("components").path("integritaet").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void dieKommandozeileOhneEreignisspeicherEndetMitCodeZwei() {
        // the embedded database of a fresh data directory: it starts, but holds no event store to verify
        String verzeichnis = java.nio.file.Path.of("target", "test-daten", "kommando-" + UUID.randomUUID()).toAbsolutePath().toString();
        ByteArrayOutputStream ausgabe = new ByteArrayOutputStream();
        assertThat(IntegritaetKommando.ausfuehren(new String[] {IntegritaetKommando.SCHALTER, "--fallbuch.data-dir=" + verzeichnis,
                "--fallbuch.embedded-postgres-pruefintervall=PT0S"}, new PrintStream(ausgabe, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(ausgabe.toString(StandardCharsets.UTF_8)).contains("Integritätsprüfung nicht möglich", "siegel_kette");
    }

    private static void erstberatung(Api fallmanager, String fallId) {
        fallmanager.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Mietschulden",
                "ersteSchritte", "Unterlagen sichten")).erwarte(200);
    }

    private JsonNode pruefen() {
        return als("admin").post("/api/admin/integritaet", Map.of()).erwarte(200).json();
    }

    private static void befund(JsonNode ergebnis, String art, long globalIndex, String aktenzeichen) {
        assertThat(ergebnis.path("unversehrt").asBoolean()).as(ergebnis.toString()).isFalse();
        JsonNode befund = ergebnis.path("befund");
        assertThat(befund.path("art").asText()).as(ergebnis.toString()).isEqualTo(art);
        assertThat(befund.path("globalIndex").asLong()).isEqualTo(globalIndex);
        assertThat(befund.path("aktenzeichen").asText()).isEqualTo(aktenzeichen);
        assertThat(befund.path("meldung").asText()).contains("Nr. " + globalIndex, "Aktenzeichen " + aktenzeichen);
    }

    private long globalIndex(String aggregatId, long sequenz) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregatId, sequenz).query(Long.class).single();
    }

    /** A separate superuser connection with triggers off for this session only (the attacker of issue 13). */
    private void alsSuperuser(String... anweisungen) throws SQLException {
        try (Connection verbindung = TestDatenbank.superuser(kontext).getConnection();
             Statement anweisung = verbindung.createStatement()) {
            anweisung.execute("SET session_replication_role = replica");
            for (String sql : anweisungen) {
                anweisung.execute(sql);
            }
        }
    }

    private void vertauschen(long a, long b) throws SQLException {
        alsSuperuser("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + a,
                "UPDATE domain_event_entry SET global_index = " + a + " WHERE global_index = " + b,
                "UPDATE domain_event_entry SET global_index = " + b + " WHERE global_index = -1");
    }

    private void wiederEinfuegen(Map<String, Object> zeile) throws SQLException {
        try (Connection verbindung = TestDatenbank.superuser(kontext).getConnection();
             var einfuegen = verbindung.prepareStatement("INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, "
                     + "payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String[] spalten = {"global_index", "event_identifier", "meta_data", "payload", "payload_revision", "payload_type",
                    "time_stamp", "aggregate_identifier", "sequence_number", "type"};
            for (int i = 0; i < spalten.length; i++) {
                einfuegen.setObject(i + 1, zeile.get(spalten[i]));
            }
            einfuegen.executeUpdate();
        }
    }

    private String[] kommandozeile() {
        return new String[] {IntegritaetKommando.SCHALTER, "--spring.datasource.url=" + ((HikariDataSource) datenbank).getJdbcUrl(),
                "--spring.datasource.username=" + ((HikariDataSource) datenbank).getUsername(),
                "--spring.datasource.password=" + ((HikariDataSource) datenbank).getPassword()};
    }

    private static Map<String, Object> felder(JsonNode json) {
        Map<String, Object> felder = new HashMap<>();
        json.fields().forEachRemaining(f -> felder.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue()));
        return felder;
    }

    private HttpResponse<String> seite(String pfad, String benutzer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pfad)).header("Accept", "text/html")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((benutzer + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.neuerAntrag;
import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.Einsatzprofil;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale-out on one PostgreSQL, as an office would run it (issue 14): two full instances and one
 * {@code query} instance, each a JVM of its own with its own data directory and port, against one
 * PostgreSQL started by the test, with the same master key. Writes go through both full instances at
 * once for {@link #LAST}; meanwhile the instances' clocks jump {@link #SPRUNG} ahead (deadlines fall
 * due), pairs of writes on one aggregate race from both full instances, and one full instance is
 * killed with SIGKILL. Then: every acknowledged write is stored once, no aggregate forked (one of
 * each racing pair won, the other got 409), every segment was owned by one live instance and both
 * full instances owned some, the survivors took over the dead one's segments, every deadline fired
 * once, Aktenzeichen are unique and gapless, and the views are complete and the same on every
 * surviving instance. Prints the figures (README "Instances").
 */
class MehrereInstanzenTest {

    private static final Duration LAST = Duration.ofSeconds(Long.getLong("fallbuch.mehrinstanz.last-sekunden", 32));
    private static final Duration SPRUNG = Duration.ofDays(45);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String ENTSCHEIDUNG_BESTANDSKRAEFTIG = "de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig";

    private final Path wurzel = Path.of("target", "test-daten", "mehrinstanz-" + UUID.randomUUID()).toAbsolutePath();
    private final List<Instanz> instanzen = new CopyOnWriteArrayList<>();

    /** One running service. Its token owner name is "pid@host" (Axon's JdbcTokenStore default). */
    private record Instanz(String name, Process prozess, int port, Path daten) {
        boolean besitzt(String owner) {
            return owner != null && owner.startsWith(prozess.pid() + "@");
        }

        Api als(String benutzer) {
            return Api.fuer(port, benutzer, "demo");
        }
    }

    /** What the clients were told about each aggregate: acknowledged writes and writes whose outcome is unknown. */
    private static final class Buchfuehrung {
        final Map<String, List<Long>> bestaetigt = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> ungewiss = new ConcurrentHashMap<>();
        final Map<String, String> aktenzeichen = new ConcurrentHashMap<>();
        /** Anträge whose Bescheid (and thus Widerspruchsfrist) was acknowledged, with when. */
        final Map<String, Instant> bescheide = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> schreibenJeInstanz = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> abweisungen = new ConcurrentHashMap<>();

        void bestaetigt(Instanz instanz, String aggregat, long version) {
            bestaetigt.computeIfAbsent(aggregat, a -> new CopyOnWriteArrayList<>()).add(version);
            schreibenJeInstanz.computeIfAbsent(instanz.name(), n -> new AtomicInteger()).incrementAndGet();
        }

        void ungewiss(String aggregat) {
            ungewiss.computeIfAbsent(aggregat, a -> new AtomicInteger()).incrementAndGet();
        }

        int schreibvorgaenge() {
            return bestaetigt.values().stream().mapToInt(List::size).sum();
        }
    }

    @Test
    void zweiVolleUndEineAbfrageinstanzTeilenSichEinePostgresql() throws Exception {
        Files.createDirectories(wurzel);
        Path uhrDatei = wurzel.resolve("uhr-versatz");
        Files.writeString(uhrDatei, Duration.ZERO.toString());
        String hauptschluessel = Base64.getEncoder().encodeToString(SecureRandom.getInstanceStrong().generateSeed(32));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try {
                imCluster(server, hauptschluessel, uhrDatei);
            } finally {
                beenden(); // before the database goes away
            }
        }
    }

    private void imCluster(EmbeddedPostgres server, String hauptschluessel, Path uhrDatei) throws Exception {
        {
            JdbcClient datenbank = JdbcClient.create(server.getPostgresDatabase());
            String url = server.getJdbcUrl("postgres", "postgres");
            long startBeginn = System.nanoTime();
            Instanz a = starten("voll-a", null, url, hauptschluessel, uhrDatei);
            Instanz b = starten("voll-b", null, url, hauptschluessel, uhrDatei);
            Instanz q = starten("abfrage-q", Einsatzprofil.QUERY, url, hauptschluessel, uhrDatei);
            for (Instanz instanz : List.of(a, b, q)) {
                await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .until(() -> instanz.prozess().isAlive() && Api.fuer(instanz.port(), null, null).get("/actuator/health").status() == 200);
                assertThat(Api.fuer(instanz.port(), null, null).get("/actuator/health").feld("status")).as(instanz.name()).isEqualTo("UP");
            }
            long startMs = (System.nanoTime() - startBeginn) / 1_000_000;
            // the views' segments are shared once every instance has signed in (Segmentverteilung)
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> besitzer(datenbank).values().stream().anyMatch(a::besitzt)
                            && besitzer(datenbank).values().stream().anyMatch(b::besitzt));

            Buchfuehrung buch = new Buchfuehrung();
            AtomicBoolean aufhoeren = new AtomicBoolean();
            AtomicReference<Instant> sprungUm = new AtomicReference<>();
            AtomicBoolean wettlaufEnde = new AtomicBoolean();
            ExecutorService faeden = Executors.newCachedThreadPool();
            List<Future<?>> schreiber = new ArrayList<>();
            for (Instanz instanz : List.of(a, b)) {
                for (String benutzer : List.of("fm.mueller", "fm.yilmaz")) {
                    schreiber.add(faeden.submit(() -> schreiben(instanz, benutzer, buch, aufhoeren, sprungUm)));
                }
            }
            // segment owners, sampled from the token store the instances claim through
            List<Map<String, String>> proben = new CopyOnWriteArrayList<>();
            List<Long> probenZeit = new CopyOnWriteArrayList<>();
            Future<?> probe = faeden.submit(() -> {
                while (!aufhoeren.get()) {
                    proben.add(besitzer(datenbank));
                    probenZeit.add(System.nanoTime());
                    schlafen(250);
                }
            });

            long lastBeginn = System.nanoTime();
            // pairs of writes on one aggregate, one through each full instance at the same moment
            Future<Map<String, Integer>> wettlaeufe = faeden.submit(() -> wettlauf(a, b, buch, 15, wettlaufEnde));

            // the clocks of all instances jump: every Widerspruchsfrist set so far falls due
            // (after 12 s, once a few Bescheide are in, on a slow machine at the latest after 25 s)
            warteBis(lastBeginn, Duration.ofSeconds(12));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> buch.bescheide.size() >= 4 || System.nanoTime() - lastBeginn > Duration.ofSeconds(25).toNanos());
            Path neu = wurzel.resolve("uhr-versatz.neu");
            Files.writeString(neu, SPRUNG.toString());
            sprungUm.set(Instant.now());
            int schreibenBeimSprung = buch.schreibvorgaenge();
            long sprungNanos = System.nanoTime();
            Files.move(neu, uhrDatei, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            // one full instance dies without a chance to release anything
            schlafen(6_000);
            Map<String, String> vorDemKill = besitzer(datenbank);
            int schreibenVorDemKill = buch.schreibvorgaenge();
            String jeInstanzVorDemKill = buch.schreibenJeInstanz.toString();
            wettlaufEnde.set(true);
            Map<String, Integer> wettlauf = wettlaeufe.get(60, TimeUnit.SECONDS);
            long killUm = System.nanoTime();
            a.prozess().destroyForcibly();
            assertThat(a.prozess().waitFor(30, TimeUnit.SECONDS)).isTrue();
            Long uebernahmeMs = null;
            warteBis(lastBeginn, LAST);
            warteBis(killUm, Duration.ofSeconds(12));
            aufhoeren.set(true);
            for (Future<?> f : schreiber) {
                f.get(60, TimeUnit.SECONDS);
            }
            probe.get(10, TimeUnit.SECONDS);
            long lastMs = (System.nanoTime() - lastBeginn) / 1_000_000;

            // takeover: the first sample after the kill in which no segment is A's and none is unowned
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> besitzer(datenbank).values().stream().allMatch(o -> o != null && (b.besitzt(o) || q.besitzt(o))));
            for (int i = 0; i < proben.size(); i++) {
                if (probenZeit.get(i) > killUm && proben.get(i).values().stream()
                        .allMatch(o -> o != null && (b.besitzt(o) || q.besitzt(o)))) {
                    uebernahmeMs = (probenZeit.get(i) - killUm) / 1_000_000;
                    break;
                }
            }
            if (uebernahmeMs == null) {
                uebernahmeMs = (System.nanoTime() - killUm) / 1_000_000;
            }

            // --- every acknowledged write is stored exactly once; nothing forked
            Map<String, Long> gespeichert = new HashMap<>();
            Set<String> gespeicherteStellen = new HashSet<>();
            datenbank.sql("SELECT aggregate_identifier, sequence_number, payload_type FROM domain_event_entry")
                    .query(zeile -> {
                        String aggregat = zeile.getString(1);
                        gespeicherteStellen.add(aggregat + "#" + zeile.getLong(2));
                        if (!ENTSCHEIDUNG_BESTANDSKRAEFTIG.equals(zeile.getString(3))) {
                            gespeichert.merge(aggregat, 1L, Long::sum);
                        }
                    });
            List<String> fehlend = new ArrayList<>();
            List<String> zuviel = new ArrayList<>();
            buch.bestaetigt.forEach((aggregat, versionen) -> {
                versionen.forEach(v -> {
                    if (!gespeicherteStellen.contains(aggregat + "#" + v)) {
                        fehlend.add(aggregat + "#" + v);
                    }
                });
                assertThat(new HashSet<>(versionen)).as("each version acknowledged once: %s", aggregat).hasSameSizeAs(versionen);
                long stueck = gespeichert.getOrDefault(aggregat, 0L);
                int offen = buch.ungewiss.getOrDefault(aggregat, new AtomicInteger()).get();
                if (stueck < versionen.size() || stueck > versionen.size() + offen) {
                    zuviel.add(aggregat + ": " + stueck + " Ereignisse, " + versionen.size() + " bestätigt, " + offen + " ungewiss");
                }
            });
            assertThat(fehlend).as("acknowledged writes missing in the event store").isEmpty();
            assertThat(zuviel).as("events per aggregate beyond what the clients sent").isEmpty();
            assertThat(wettlauf.get("runden")).as("racing rounds before the kill").isGreaterThanOrEqualTo(5);
            assertThat(wettlauf.get("beide")).as("racing pairs both accepted (a forked aggregate)").isZero();
            assertThat(wettlauf.get("gewonnen")).as("racing pairs with one winner").isEqualTo(wettlauf.get("runden"));
            assertThat(wettlauf.get("409")).as("the loser of each pair got 409").isEqualTo(wettlauf.get("runden"));

            // --- Aktenzeichen unique and gapless (numbered per year)
            List<String> alleAktenzeichen = datenbank.sql("""
                            SELECT payload::jsonb->>'aktenzeichen' FROM domain_event_entry
                            WHERE payload_type = 'de.fallbuch.kernel.fall.FallEroeffnet'""").query(String.class).list();
            assertThat(new HashSet<>(alleAktenzeichen)).as("Aktenzeichen unique").hasSameSizeAs(alleAktenzeichen);
            assertThat(alleAktenzeichen).containsAll(buch.aktenzeichen.values());
            Map<String, List<Integer>> jeJahr = new TreeMap<>();
            for (String az : alleAktenzeichen) {
                int strich = az.lastIndexOf('-');
                jeJahr.computeIfAbsent(az.substring(0, strich), j -> new ArrayList<>()).add(Integer.parseInt(az.substring(strich + 1)));
            }
            jeJahr.forEach((jahr, nummern) -> {
                List<Integer> sortiert = nummern.stream().sorted().toList();
                for (int i = 0; i < sortiert.size(); i++) {
                    assertThat(sortiert.get(i)).as("Aktenzeichen %s gapless", jahr).isEqualTo(i + 1);
                }
            });

            // --- every segment owned by one live instance; work shared; the dead one's segments taken over
            assertThat(vorDemKill.values()).as("segments owned before the kill").allMatch(o -> o != null);
            assertThat(vorDemKill.values().stream().filter(a::besitzt).count()).as("segments of full instance A").isPositive();
            assertThat(vorDemKill.values().stream().filter(b::besitzt).count()).as("segments of full instance B").isPositive();
            for (Map<String, String> stichprobe : proben) {
                assertThat(stichprobe.values()).as("owners are instances of this cluster")
                        .allMatch(o -> o == null || a.besitzt(o) || b.besitzt(o) || q.besitzt(o));
            }
            Map<String, String> zuletzt = besitzer(datenbank);
            assertThat(zuletzt.values()).as("after the kill").noneMatch(a::besitzt).allMatch(o -> o != null);

            // --- every deadline fired once across the cluster
            Instant sprung = sprungUm.get();
            Set<String> faellig = buch.bescheide.entrySet().stream()
                    .filter(e -> e.getValue().isBefore(sprung.minusSeconds(1))).map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(faellig).as("Bescheide with a Widerspruchsfrist before the jump").isNotEmpty();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> bestandskraeftig(datenbank).keySet().containsAll(faellig));
            Map<String, Long> gefeuert = bestandskraeftig(datenbank);
            assertThat(gefeuert.values()).as("a deadline fired more than once").allMatch(n -> n == 1L);
            assertThat(buch.bescheide.keySet()).containsAll(gefeuert.keySet());

            // --- the views converge: complete and the same on the surviving full and the query instance
            long konvergenzBeginn = System.nanoTime();
            Map<String, Long> hoechsteFallversion = new HashMap<>();
            buch.aktenzeichen.keySet().forEach(fall -> hoechsteFallversion.put(fall,
                    buch.bestaetigt.get(fall).stream().mapToLong(Long::longValue).max().orElseThrow()));
            List<String> ansichten = List.of("/api/faelle", "/api/arbeitskorb");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
                Api.Antwort liste = b.als("sgl.schmidt").get("/api/faelle");
                if (liste.status() != 200) {
                    return false;
                }
                Map<String, Long> versionen = new HashMap<>();
                liste.json().forEach(z -> versionen.put(z.path("fallId").asText(), z.path("version").asLong()));
                boolean vollstaendig = hoechsteFallversion.entrySet().stream()
                        .allMatch(e -> versionen.getOrDefault(e.getKey(), -1L) >= e.getValue());
                return vollstaendig && ansichten.stream().allMatch(pfad ->
                        b.als("sgl.schmidt").get(pfad).json().equals(q.als("sgl.schmidt").get(pfad).json()));
            });
            for (String antrag : faellig.stream().limit(5).toList()) {
                Api.Antwort aufB = b.als("sgl.schmidt").warteAuf("/api/antraege/" + antrag, x -> x.status() == 200);
                Api.Antwort aufQ = q.als("sgl.schmidt").warteAuf("/api/antraege/" + antrag, x -> x.json().equals(aufB.json()));
                assertThat(aufQ.json()).isEqualTo(aufB.json());
            }
            assertThat(q.als("rev.koch").get("/api/kennzahlen").json()).isEqualTo(b.als("rev.koch").get("/api/kennzahlen").json());
            long konvergenzMs = (System.nanoTime() - konvergenzBeginn) / 1_000_000;
            for (Instanz ueberlebend : List.of(b, q)) {
                assertThat(Api.fuer(ueberlebend.port(), null, null).get("/actuator/health").status()).as(ueberlebend.name()).isEqualTo(200);
            }

            int schreibvorgaenge = buch.schreibvorgaenge();
            double vorKillSekunden = (killUm - lastBeginn) / 1e9;
            double zwischenSekunden = (killUm - sprungNanos) / 1e9;
            System.out.printf("MEHRINSTANZ: Start von 3 Instanzen %d ms; %d bestätigte Schreibvorgänge in %.1f s = %.1f/s "
                            + "(bis zum Kill %d in %.1f s = %.1f/s über beide, je Instanz %s; warm in den %.1f s vor dem Kill %.1f/s über beide; danach %.1f/s über eine), abgewiesen %s, ungewiss (beim kill -9) %d; Wettläufe %d: je einer gewann, %d × 409; "
                            + "Segmente vor dem Kill %s; Übernahme der Segmente nach kill -9 %d ms; %d Fristen je einmal gefeuert; "
                            + "Ansichten gleich und vollständig %d ms nach Lastende; %d Aktenzeichen lückenlos%n",
                    startMs, schreibvorgaenge, lastMs / 1000.0, schreibvorgaenge * 1000.0 / lastMs, schreibenVorDemKill,
                    vorKillSekunden, schreibenVorDemKill / vorKillSekunden, jeInstanzVorDemKill, zwischenSekunden,
                    (schreibenVorDemKill - schreibenBeimSprung) / zwischenSekunden,
                    (schreibvorgaenge - schreibenVorDemKill) / (lastMs / 1000.0 - vorKillSekunden),
                    buch.abweisungen, buch.ungewiss.values().stream().mapToInt(AtomicInteger::get).sum(), wettlauf.get("runden"),
                    wettlauf.get("409"), verteilung(vorDemKill, a, b, q), uebernahmeMs, gefeuert.size(), konvergenzMs,
                    alleAktenzeichen.size());
            assertThat(lastMs).isGreaterThanOrEqualTo(30_000);
            faeden.shutdownNow();
        }
    }

    /** A Fallmanager's day, over and over: open a Fall, record consultations, now and then a grant with its Bescheid. */
    private static void schreiben(Instanz instanz, String benutzer, Buchfuehrung buch, AtomicBoolean aufhoeren,
            AtomicReference<Instant> sprungUm) {
        Api api = instanz.als(benutzer);
        String dienststelle = benutzer.equals("fm.yilmaz") ? "Hiltrup" : "Innenstadt";
        while (!aufhoeren.get() && instanz.prozess().isAlive()) {
            Api.Antwort fall = senden(instanz, buch, "neu", () -> api.post("/api/faelle", neuerFall("Last" + benutzer.length(), dienststelle)));
            if (fall == null) {
                continue;
            }
            String fallId = fall.feld("fallId");
            buch.bestaetigt(instanz, fallId, fall.version());
            buch.aktenzeichen.put(fallId, fall.feld("aktenzeichen"));
            long version = fall.version();
            for (int k = 0; k < 3 && !aufhoeren.get(); k++) {
                long v = version;
                boolean erste = k == 0;
                Api.Antwort beratung = senden(instanz, buch, fallId, () -> erste ? api.post("/api/faelle/" + fallId + "/erstberatung",
                        Map.of("version", v, "anliegen", "Mietschulden", "ersteSchritte", "Unterlagen sichten"))
                        : api.post("/api/faelle/" + fallId + "/beratungen", Map.of("version", v, "thema", "Miete", "inhalt", "Gespräch " + v)));
                if (beratung == null) {
                    break;
                }
                version = beratung.version();
                buch.bestaetigt(instanz, fallId, version);
                if (erste && !aufhoeren.get()) {
                    // an Antrag granted and notified: its Widerspruchsfrist is a deadline
                    gewaehren(instanz, api, fallId, buch, sprungUm);
                }
            }
        }
    }

    private static void gewaehren(Instanz instanz, Api api, String fallId, Buchfuehrung buch, AtomicReference<Instant> sprungUm) {
        LocalDate eingang = LocalDate.now(ZONE);
        Api.Antwort antrag = senden(instanz, buch, "neu", () -> api.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", eingang)));
        if (antrag == null) {
            return;
        }
        String antragId = antrag.feld("antragId");
        buch.bestaetigt(instanz, antragId, antrag.version());
        Api.Antwort bewilligt = senden(instanz, buch, antragId, () -> api.post("/api/antraege/" + antragId + "/bewilligung",
                Map.of("version", antrag.version(), "betragMonatlichCent", 45_000, "rechtsgrundlage", "§ 27 SGB XII",
                        "begruendung", "Regelbedarf")));
        if (bewilligt == null) {
            return;
        }
        buch.bestaetigt(instanz, antragId, bewilligt.version());
        // the service's today: the instances' clocks may have jumped
        LocalDate heute = LocalDate.ofInstant(sprungUm.get() == null ? Instant.now() : Instant.now().plus(SPRUNG), ZONE);
        Api.Antwort bescheid = senden(instanz, buch, antragId, () -> api.post("/api/antraege/" + antragId + "/bescheid",
                Map.of("version", bewilligt.version(), "aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", true)));
        if (bescheid != null) {
            buch.bestaetigt(instanz, antragId, bescheid.version());
            buch.bescheide.put(antragId, Instant.now());
        }
    }

    /** Sends one write; the answer if it was acknowledged, else null (refused, or unknown when the instance died). */
    private static Api.Antwort senden(Instanz instanz, Buchfuehrung buch, String aggregat,
            java.util.function.Supplier<Api.Antwort> schreiben) {
        try {
            Api.Antwort antwort = schreiben.get();
            if (antwort.status() / 100 == 2) {
                return antwort;
            }
            buch.abweisungen.computeIfAbsent(antwort.status() + " " + antwort.feld("code"), c -> new AtomicInteger()).incrementAndGet();
            if (antwort.status() >= 500 && !"neu".equals(aggregat)) {
                buch.ungewiss(aggregat);
            }
            return null;
        } catch (RuntimeException verbindungWeg) {
            if (!"neu".equals(aggregat)) {
                buch.ungewiss(aggregat);
            }
            schlafen(100);
            return null;
        }
    }

    /**
     * Rounds of two consultations on the same Fall with the same version, sent at the same moment
     * through both full instances: exactly one may be stored.
     */
    private static Map<String, Integer> wettlauf(Instanz a, Instanz b, Buchfuehrung buch, int runden, AtomicBoolean ende)
            throws Exception {
        Map<String, Integer> ergebnis = new HashMap<>(Map.of("runden", 0, "gewonnen", 0, "beide", 0, "409", 0));
        Api aufA = a.als("fm.mueller");
        Api aufB = b.als("fm.mueller");
        Api.Antwort fall = aufA.post("/api/faelle", neuerFall("Wettlauf", "Innenstadt")).erwarte(201);
        String fallId = fall.feld("fallId");
        buch.bestaetigt(a, fallId, fall.version());
        buch.aktenzeichen.put(fallId, fall.feld("aktenzeichen"));
        long version = aufA.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", fall.version(),
                "anliegen", "Mietschulden", "ersteSchritte", "Unterlagen sichten")).erwarte(200).version();
        buch.bestaetigt(a, fallId, version);
        ExecutorService paar = Executors.newFixedThreadPool(2);
        try {
            for (int r = 0; r < runden && !ende.get(); r++) {
                CyclicBarrier start = new CyclicBarrier(2);
                long v = version;
                Map<String, Object> koerper = Map.of("version", v, "thema", "Wettlauf", "inhalt", "Runde " + r);
                Future<Api.Antwort> ausA = paar.submit(() -> {
                    start.await();
                    return aufA.post("/api/faelle/" + fallId + "/beratungen", koerper);
                });
                Future<Api.Antwort> ausB = paar.submit(() -> {
                    start.await();
                    return aufB.post("/api/faelle/" + fallId + "/beratungen", koerper);
                });
                Api.Antwort antwortA = ausA.get(60, TimeUnit.SECONDS);
                Api.Antwort antwortB = ausB.get(60, TimeUnit.SECONDS);
                ergebnis.merge("runden", 1, Integer::sum);
                boolean aGewann = antwortA.status() == 200;
                boolean bGewann = antwortB.status() == 200;
                if (aGewann && bGewann) {
                    ergebnis.merge("beide", 1, Integer::sum);
                } else if (aGewann || bGewann) {
                    ergebnis.merge("gewonnen", 1, Integer::sum);
                    Api.Antwort sieger = aGewann ? antwortA : antwortB;
                    Api.Antwort verlierer = aGewann ? antwortB : antwortA;
                    if (verlierer.status() == 409) {
                        ergebnis.merge("409", 1, Integer::sum);
                    } else {
                        System.out.println("MEHRINSTANZ: Verlierer eines Wettlaufs: " + verlierer.status() + " " + verlierer.text());
                    }
                    version = sieger.version();
                    buch.bestaetigt(aGewann ? a : b, fallId, version);
                } else {
                    System.out.println("MEHRINSTANZ: keiner gewann: " + antwortA.text() + " / " + antwortB.text());
                    return ergebnis;
                }
            }
        } finally {
            paar.shutdownNow();
        }
        return ergebnis;
    }

    private Instanz starten(String name, String profil, String url, String hauptschluessel, Path uhrDatei) throws IOException {
        Path daten = wurzel.resolve(name);
        Files.createDirectories(daten);
        int port = freierPort();
        List<String> befehl = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Instanzprozess.class.getName(),
                "--server.port=" + port,
                "--fallbuch.data-dir=" + daten,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--fallbuch.datenschutz.hauptschluessel=" + hauptschluessel,
                "--fallbuch.demo-users=true",
                "--fallbuch.fristen.abfrageintervall=PT0.5S",
                "--fallbuch.test.uhr-datei=" + uhrDatei));
        if (profil != null) {
            befehl.add("--spring.profiles.active=" + profil);
        }
        Process prozess = new ProcessBuilder(befehl).redirectErrorStream(true)
                .redirectOutput(daten.resolve("dienst.log").toFile()).start();
        Instanz instanz = new Instanz(name, prozess, port, daten);
        instanzen.add(instanz);
        return instanz;
    }

    /** (processor, segment) → owner, from the token store. */
    private static Map<String, String> besitzer(JdbcClient datenbank) {
        Map<String, String> besitzer = new TreeMap<>();
        datenbank.sql("SELECT processor_name, segment, owner FROM token_entry")
                .query(zeile -> {
                    besitzer.put(zeile.getString(1) + "/" + zeile.getInt(2), zeile.getString(3));
                });
        return besitzer;
    }

    private static Map<String, Long> bestandskraeftig(JdbcClient datenbank) {
        Map<String, Long> anzahl = new HashMap<>();
        datenbank.sql("SELECT aggregate_identifier, count(*) FROM domain_event_entry WHERE payload_type = :typ GROUP BY 1")
                .param("typ", ENTSCHEIDUNG_BESTANDSKRAEFTIG)
                .query(zeile -> {
                    anzahl.put(zeile.getString(1), zeile.getLong(2));
                });
        return anzahl;
    }

    private static String verteilung(Map<String, String> besitzer, Instanz... instanzen) {
        Map<String, Long> jeInstanz = new TreeMap<>();
        for (Instanz instanz : instanzen) {
            jeInstanz.put(instanz.name(), besitzer.values().stream().filter(instanz::besitzt).count());
        }
        return jeInstanz.toString();
    }

    private static void warteBis(long beginn, Duration nach) {
        long rest = beginn + nach.toNanos() - System.nanoTime();
        if (rest > 0) {
            schlafen(rest / 1_000_000);
        }
    }

    private static void schlafen(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException unterbrochen) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freierPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** No instance outlives the test, and their embedded data directories hold nothing (external database). */
    @AfterEach
    void beenden() throws InterruptedException {
        for (Instanz instanz : instanzen) {
            instanz.prozess().destroy();
        }
        for (Instanz instanz : instanzen) {
            if (!instanz.prozess().waitFor(20, TimeUnit.SECONDS)) {
                instanz.prozess().destroyForcibly();
            }
        }
    }
}

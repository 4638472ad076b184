package de.fallbuch.app.sicherheit;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 13, items 4 and 5, against a service of its own (its own embedded PostgreSQL, short lock
 * times, a bearer-token key generated here, an OpenID Connect provider that need not exist): the
 * login defended, API clients with bearer JWTs, the UI's way to the identity provider.
 */
@ExtendWith(OutputCaptureExtension.class)
class AnmeldungTest {

    private static final String RICHTIG = "Richtig-1234";
    private static final String FALSCH = "falsch-geraten-";
    private static final String ZAEHLPASSWORT = "Zaehlung-5678";
    private static final String ALTER_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ZAEHLPASSWORT);
    private static ConfigurableApplicationContext dienst;
    private static int port;
    private static KeyPair schluessel;

    @BeforeAll
    static void starten() throws Exception {
        Path verzeichnis = Path.of("target", "test-daten", "anmeldung-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(verzeichnis);
        KeyPairGenerator erzeuger = KeyPairGenerator.getInstance("RSA");
        erzeuger.initialize(2048);
        schluessel = erzeuger.generateKeyPair();
        Path oeffentlich = verzeichnis.resolve("token-schluessel.pem");
        Files.writeString(oeffentlich, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(schluessel.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(RICHTIG);
        dienst = new SpringApplicationBuilder(FallbuchApplication.class, ZaehlendePasswortpruefung.class).run(
                "--server.port=0",
                "--fallbuch.data-dir=" + verzeichnis,
                "--fallbuch.benutzer[0].name=fm.opfer",
                "--fallbuch.benutzer[0].passwort=" + hash,
                "--fallbuch.benutzer[0].rolle=FALLMANAGER",
                "--fallbuch.benutzer[0].dienststellen[0]=Innenstadt",
                "--fallbuch.benutzer[1].name=fm.messung",
                "--fallbuch.benutzer[1].passwort=" + hash,
                "--fallbuch.benutzer[1].rolle=FALLMANAGER",
                "--fallbuch.benutzer[1].dienststellen[0]=Innenstadt",
                // A cheap old hash (cost 4): Spring's DelegatingPasswordEncoder.upgradeEncoding() says "re-hash" for it.
                "--fallbuch.benutzer[2].name=fm.zaehlung",
                "--fallbuch.benutzer[2].passwort=" + ALTER_HASH,
                "--fallbuch.benutzer[2].rolle=FALLMANAGER",
                "--fallbuch.benutzer[2].dienststellen[0]=Innenstadt",
                // Short windows, so the lockout ends within the test.
                "--fallbuch.anmeldung.benutzer-schutz.fehlversuche-bis-verlangsamung=5",
                "--fallbuch.anmeldung.benutzer-schutz.verlangsamung=PT2S",
                "--fallbuch.anmeldung.benutzer-schutz.fehlversuche-bis-sperre=10",
                "--fallbuch.anmeldung.benutzer-schutz.sperrdauer=PT6S",
                // Bearer JWTs signed with the key generated above.
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + oeffentlich,
                // An OpenID Connect provider that is never contacted: only the redirect to it is tested.
                "--spring.security.oauth2.client.registration.amt.client-id=fallbuch",
                "--spring.security.oauth2.client.registration.amt.client-secret=geheim",
                "--spring.security.oauth2.client.registration.amt.client-name=Anmeldedienst der Stadt",
                "--spring.security.oauth2.client.registration.amt.scope=openid,profile",
                "--spring.security.oauth2.client.registration.amt.authorization-grant-type=authorization_code",
                "--spring.security.oauth2.client.registration.amt.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "--spring.security.oauth2.client.provider.amt.authorization-uri=https://idp.amt.invalid/realms/amt/auth",
                "--spring.security.oauth2.client.provider.amt.token-uri=https://idp.amt.invalid/realms/amt/token",
                "--spring.security.oauth2.client.provider.amt.jwk-set-uri=https://idp.amt.invalid/realms/amt/certs",
                "--spring.security.oauth2.client.provider.amt.user-name-attribute=preferred_username");
        port = ((WebServerApplicationContext) dienst).getWebServer().getPort();
    }

    @AfterAll
    static void beenden() {
        if (dienst != null) {
            dienst.close();
        }
    }

    // --- item 5: the login defended

    @Test
    void hundertFalschePasswoerterWerdenVerlangsamtUndGesperrtProtokolliertUndDieSperreEndetVonSelbst(CapturedOutput ausgabe)
            throws Exception {
        String adresse = "127.0.0.2";
        assertThat(vonAdresse(adresse, "/api/faelle", "fm.opfer", RICHTIG).status()).isEqualTo(200);
        // the Administration logs in first, so that reading the locks later does not wait for its password check
        Api admin = TestApi.als(port, "admin");
        admin.get("/api/admin/anmeldesperren").erwarte(200);

        List<Integer> status = new ArrayList<>();
        long beginn = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            status.add(vonAdresse(adresse, "/api/faelle", "fm.opfer", FALSCH + i).status());
        }
        long dauerMs = (System.nanoTime() - beginn) / 1_000_000;
        long geprueft = status.stream().filter(s -> s == 401).count();
        long abgewiesen = status.stream().filter(s -> s == 429).count();
        System.out.printf("ANMELDESCHUTZ: 100 falsche Passwörter in %d ms: %d geprüft (401), %d ohne Prüfung abgewiesen (429)%n",
                dauerMs, geprueft, abgewiesen);
        assertThat(status.subList(0, 5)).as("die ersten fünf werden geprüft").containsOnly(401);
        assertThat(geprueft + abgewiesen).isEqualTo(100);
        assertThat(geprueft).as("nach zehn Fehlversuchen im Fenster ist gesperrt").isBetween(5L, 20L);
        // A fast client may have been only slowed so far (5 checks, then one every 400 ms): try on at that pace
        // until the tenth checked failure locks the name.
        long grenze = System.nanoTime() + 15_000_000_000L;
        while (geprueft < 10 && System.nanoTime() < grenze) {
            if (vonAdresse(adresse, "/api/faelle", "fm.opfer", FALSCH + "x" + geprueft).status() == 401) {
                geprueft++;
            }
            Thread.sleep(300);
        }
        assertThat(geprueft).isGreaterThanOrEqualTo(10L);

        // Locked: 429 with Retry-After and a German problem, the right password included, from any address.
        Api.Antwort gesperrt = TestApi.als(port, "fm.opfer", RICHTIG).get("/api/faelle").erwarte(429);
        assertThat(gesperrt.feld("code")).isEqualTo("ANMELDUNG_GESPERRT");
        assertThat(gesperrt.feld("detail")).contains("Zu viele fehlgeschlagene Anmeldeversuche", "erneut");
        long warten = Long.parseLong(gesperrt.kopf().firstValue("Retry-After").orElseThrow());
        assertThat(warten).isBetween(1L, 6L);

        // The Administration sees the lock; others may not look.
        Api.Antwort sperren = admin.get("/api/admin/anmeldesperren").erwarte(200);
        assertThat(sperren.json().findValuesAsText("kennung")).contains("fm.opfer");
        assertThat(sperren.json().findValuesAsText("art")).contains("BENUTZER");
        TestApi.als(port, "fm.mueller").get("/api/admin/anmeldesperren").erwarte(403);

        // The log names user, address and way, never a password.
        assertThat(ausgabe.getOut()).contains("Anmeldung fehlgeschlagen: Benutzer 'fm.opfer', Adresse 127.0.0.2, Verfahren HTTP-Basic")
                .contains("Anmeldung verlangsamt/gesperrt: Benutzer 'fm.opfer'")
                .doesNotContain(FALSCH + "0").doesNotContain(RICHTIG);

        // The lock ends by itself: after Retry-After the right password works again.
        Thread.sleep(warten * 1000 + 200);
        long bisFrei = System.nanoTime();
        int versuche = 1;
        while (vonAdresse(adresse, "/api/faelle", "fm.opfer", RICHTIG).status() == 429 && System.nanoTime() - bisFrei < 10_000_000_000L) {
            versuche++;
            Thread.sleep(250);
        }
        assertThat(vonAdresse(adresse, "/api/faelle", "fm.opfer", RICHTIG).status()).isEqualTo(200);
        System.out.printf("ANMELDESCHUTZ: Retry-After %d s; richtiges Passwort danach beim %d. Versuch wieder angenommen%n",
                warten, versuche);
    }

    @Test
    void vieleNamenVonEinerAdresseSperrenDieseAdresseAberNichtDieBenutzer() {
        String adresse = "127.0.0.3";
        // 20 failures per minute and address, each a different name: the bucket refills one every 3 s meanwhile.
        int geprueft = 0;
        while (vonAdresse(adresse, "/api/faelle", "geraten" + geprueft, "x").status() == 401 && geprueft < 40) {
            geprueft++;
        }
        assertThat(geprueft).isBetween(20, 30);
        Roh gesperrt = vonAdresse(adresse, "/api/faelle", "fm.mueller", "demo");
        assertThat(gesperrt.status()).isEqualTo(429);
        assertThat(gesperrt.kopf()).containsKey("retry-after");
        assertThat(vonAdresse("127.0.0.4", "/api/faelle", "fm.mueller", "demo").status()).isEqualTo(200);
        assertThat(TestApi.als(port, "admin").get("/api/admin/anmeldesperren").erwarte(200).json().findValuesAsText("kennung"))
                .contains("127.0.0.3");
    }

    @Test
    void einUnbekannterNameWirdGenausoBehandeltUndFeindlicheNamenErscheinenEntschaerftImProtokoll(CapturedOutput ausgabe) {
        String adresse = "127.0.0.5";
        for (int i = 0; i < 12; i++) {
            vonAdresse(adresse, "/api/faelle", "gibt.es.nicht", "x" + i);
        }
        Roh unbekannt = vonAdresse(adresse, "/api/faelle", "gibt.es.nicht", "x");
        assertThat(unbekannt.status()).isEqualTo(429);
        assertThat(unbekannt.text()).contains("ANMELDUNG_GESPERRT");

        assertThat(vonAdresse("127.0.0.6", "/api/faelle", "böse\r\nFALSCHER EINTRAG <script>", "x").status()).isEqualTo(401);
        assertThat(ausgabe.getOut()).contains("Benutzer 'böse??FALSCHER?EINTRAG??script?'")
                .doesNotContain("<script>").doesNotContain("\nFALSCHER EINTRAG");
    }

    @Test
    void dasAnmeldeformularSagtAufDeutschDassDieAnmeldungGesperrtIst() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        List<String> ziele = new ArrayList<>();
        // Ten failures within the window lock (this service: 6 s). On a loaded machine twelve form logins can
        // outlast the window, so try on until locked (a bounded number of times), as an attacker would.
        for (int i = 0; i < 60 && (ziele.isEmpty() || !ziele.get(ziele.size() - 1).contains("gesperrt")); i++) {
            ziele.add(formularAnmelden(browser, "fm.formular", "falsch" + i));
        }
        assertThat(ziele.get(0)).endsWith("/login?error");
        assertThat(ziele.get(ziele.size() - 1)).matches(".*/login\\?gesperrt=\\d+");
        HttpResponse<String> seite = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + ziele.get(ziele.size() - 1).replaceFirst("^https?://[^/]+", ""))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(seite.body()).contains("Zu viele fehlgeschlagene Anmeldeversuche", "vorübergehend gesperrt", "Minute");
    }

    private static String formularAnmelden(HttpClient browser, String benutzer, String passwort) throws Exception {
        HttpResponse<String> seite = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(seite.body());
        assertThat(token.find()).isTrue();
        String formular = "username=" + URLEncoder.encode(benutzer, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(passwort, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> antwort = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formular)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwort.statusCode()).isEqualTo(302);
        return antwort.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void einErfolgreichesHttpBasicWirdKurzGemerktStattJedesMalBcryptZuRechnen() {
        // the provider behind form login and HTTP Basic of both filter chains is the remembering one
        ZwischengespeicherteAnmeldung anmeldung = dienst.getBean("passwortanmeldung", ZwischengespeicherteAnmeldung.class);
        long vorher = anmeldung.gemerkt();
        Api messung = TestApi.als(port, "fm.messung", RICHTIG);
        long beginn = System.nanoTime();
        messung.get("/api/arbeitskorb").erwarte(200);
        double ersteMs = (System.nanoTime() - beginn) / 1e6;
        assertThat(anmeldung.gemerkt()).as("die erste Anmeldung über HTTP wird gemerkt").isEqualTo(vorher + 1);
        beginn = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            messung.get("/api/arbeitskorb").erwarte(200);
            TestApi.als(port, "fm.messung", RICHTIG).get("/api/faelle").erwarte(200);
        }
        double gemerktMs = (System.nanoTime() - beginn) / 1e6 / 100;
        System.out.printf("ANMELDUNG: erste Anfrage mit Passwortprüfung (bcrypt, Kosten 10) %.1f ms, danach gemerkt %.1f ms je Anfrage%n",
                ersteMs, gemerktMs);
        assertThat(anmeldung.gemerkt()).as("jede weitere Anfrage nutzt die gemerkte Anmeldung").isEqualTo(vorher + 1);
        // A wrong password is never taken from the memory.
        assertThatThrownBy(() -> anmeldung.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("fm.messung", "falsch")))
                .isInstanceOf(BadCredentialsException.class);
        TestApi.als(port, "fm.messung", "falsch").get("/api/arbeitskorb").erwarte(401);
        assertThat(anmeldung.gemerkt()).isEqualTo(vorher + 1);
    }

    @Test
    void einBenutzerZahltBcryptEinmalFuerVieleAnfragenUndSeinHashBleibtWieEingetragen() {
        // issue 18: every HTTP-Basic request paid bcrypt, because the stored hash was lifted to cost 10 after the first login
        assertThat(ZaehlendePasswortpruefung.upgradeEncoding(ALTER_HASH))
                .as("Voraussetzung: Spring würde diesen Hash neu verschlüsseln, wenn man es ließe").isTrue();
        int anfragen = 40;
        long[] dauer = new long[anfragen];
        for (int i = 0; i < anfragen; i++) {
            long beginn = System.nanoTime();
            // a new client each time: no cookie, no connection, only the Authorization header
            TestApi.als(port, "fm.zaehlung", ZAEHLPASSWORT).get(i % 2 == 0 ? "/api/arbeitskorb" : "/api/faelle").erwarte(200);
            dauer[i] = System.nanoTime() - beginn;
        }
        System.out.printf("ANMELDUNG: %d HTTP-Basic-Anfragen, erste %.1f ms, danach im Mittel %.1f ms, bcrypt-Prüfungen %d%n", anfragen,
                dauer[0] / 1e6, java.util.Arrays.stream(dauer).skip(1).average().orElseThrow() / 1e6,
                ZaehlendePasswortpruefung.pruefungen(ALTER_HASH));
        assertThat(ZaehlendePasswortpruefung.pruefungen(ALTER_HASH))
                .as("bcrypt-Prüfungen des Passworts von fm.zaehlung über %d Anfragen", anfragen).isEqualTo(1);
        // (DaoAuthenticationProvider hashes one fixed dummy password once, against timing attacks on unknown names)
        assertThat(ZaehlendePasswortpruefung.verschluesselt()).as("kein Passwort wird nach der Anmeldung neu verschlüsselt")
                .doesNotContain(ZAEHLPASSWORT);
        assertThat(dienst.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername("fm.zaehlung").getPassword()).as("der eingetragene Hash bleibt unverändert").isEqualTo(ALTER_HASH);
        // the form login (a session of the UI) takes the same provider: no re-hash there either
        Roh seite = vonAdresse("127.0.0.9", "/arbeitskorb", "fm.zaehlung", ZAEHLPASSWORT);
        assertThat(seite.status()).isLessThan(500);
        assertThat(ZaehlendePasswortpruefung.pruefungen(ALTER_HASH)).isEqualTo(1);
        assertThat(ZaehlendePasswortpruefung.verschluesselt()).doesNotContain(ZAEHLPASSWORT);
    }

    /**
     * Wraps the service's PasswordEncoder bean and counts what it is asked, per stored hash (the other tests here share
     * one hash for two users and run in the same service).
     */
    static class ZaehlendePasswortpruefung {

        private static final Map<String, java.util.concurrent.atomic.AtomicInteger> PRUEFUNGEN = new java.util.concurrent.ConcurrentHashMap<>();
        private static final List<String> VERSCHLUESSELT = new java.util.concurrent.CopyOnWriteArrayList<>();
        private static volatile PasswordEncoder echt;

        static int pruefungen(String hash) {
            return PRUEFUNGEN.getOrDefault(hash, new java.util.concurrent.atomic.AtomicInteger()).get();
        }

        /** The plain passwords the service hashed (test passwords only). */
        static List<String> verschluesselt() {
            return List.copyOf(VERSCHLUESSELT);
        }

        static boolean upgradeEncoding(String hash) {
            return echt.upgradeEncoding(hash);
        }

        @Bean
        static BeanPostProcessor zaehlen() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PasswordEncoder original) || !"passwortPruefung".equals(name)) {
                        return bean;
                    }
                    echt = original;
                    return new PasswordEncoder() {
                        @Override
                        public String encode(CharSequence passwort) {
                            VERSCHLUESSELT.add(passwort.toString());
                            return original.encode(passwort);
                        }

                        @Override
                        public boolean matches(CharSequence passwort, String hash) {
                            PRUEFUNGEN.computeIfAbsent(hash, h -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                            return original.matches(passwort, hash);
                        }

                        @Override
                        public boolean upgradeEncoding(String hash) {
                            return original.upgradeEncoding(hash);
                        }
                    };
                }
            };
        }
    }

    // --- item 4: bearer JWTs and OpenID Connect

    @Test
    void einGueltigesTokenMitRolleUndDienststelleWirktWieEinBenutzerDerListe() {
        Api token = mitToken(token(Map.of("preferred_username", "fm.token", "roles", List.of("FALLMANAGER"),
                "dienststellen", List.of("Innenstadt")), 300));
        String fallId = token.post("/api/faelle", neuerFall("Tokenfall", "Innenstadt")).erwarte(201).feld("fallId");
        Api.Antwort fall = token.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        assertThat(fall.text()).contains("fm.token");
        // Dienststelle and role from the claims decide, as for everyone: another Dienststelle is 403 ...
        token.post("/api/faelle", neuerFall("Tokenfall", "Hiltrup")).erwarte(403);
        // ... Revision reads no Fall, but the figures ...
        Api revision = mitToken(token(Map.of("preferred_username", "rev.token", "roles", "REVISION"), 300));
        revision.get("/api/faelle/" + fallId).erwarte(403);
        revision.get("/api/kennzahlen").erwarte(200);
        // ... and only the Administration reaches /api/admin (a single string is a list of one).
        mitToken(token(Map.of("preferred_username", "admin.token", "roles", List.of("ADMIN")), 300))
                .get("/api/admin/anmeldesperren").erwarte(200);
        token.get("/api/admin/anmeldesperren").erwarte(403);
    }

    @Test
    void abgelaufeneFalschSignierteUndUnvollstaendigeTokensSind401() throws Exception {
        Map<String, Object> gut = Map.of("preferred_username", "fm.token", "roles", List.of("FALLMANAGER"),
                "dienststellen", List.of("Innenstadt"));
        Api.Antwort abgelaufen = mitToken(token(gut, -600)).get("/api/faelle").erwarte(401);
        assertThat(abgelaufen.feld("code")).isEqualTo("NICHT_ANGEMELDET");
        assertThat(abgelaufen.kopf().allValues("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");

        KeyPairGenerator erzeuger = KeyPairGenerator.getInstance("RSA");
        erzeuger.initialize(2048);
        mitToken(token(gut, 300, (RSAPrivateKey) erzeuger.generateKeyPair().getPrivate())).get("/api/faelle").erwarte(401);

        Map<String, Object> ohneRolle = new HashMap<>(gut);
        ohneRolle.remove("roles");
        mitToken(token(ohneRolle, 300)).get("/api/faelle").erwarte(401);
        Map<String, Object> ohneName = new HashMap<>(gut);
        ohneName.remove("preferred_username");
        mitToken(token(ohneName, 300)).get("/api/faelle").erwarte(401);
        Map<String, Object> zweiRollen = new HashMap<>(gut);
        zweiRollen.put("roles", List.of("FALLMANAGER", "ADMIN"));
        mitToken(token(zweiRollen, 300)).get("/api/faelle").erwarte(401);
        Map<String, Object> langerName = new HashMap<>(gut);
        langerName.put("preferred_username", "x".repeat(201));
        mitToken(token(langerName, 300)).get("/api/faelle").erwarte(401);
        Map<String, Object> unbekannteRolle = new HashMap<>(gut);
        unbekannteRolle.put("roles", List.of("SYSTEM"));
        mitToken(token(unbekannteRolle, 300)).get("/api/faelle").erwarte(401);
        mitToken("kein.token").get("/api/faelle").erwarte(401);

        // Without any credentials the challenge offers both ways.
        assertThat(TestApi.als(port, null, null).get("/api/faelle").erwarte(401).kopf().allValues("WWW-Authenticate"))
                .contains("Basic realm=\"Fallbuch\"", "Bearer");
    }

    @Test
    void dieOberflaecheFuehrtZumIdentitaetsanbieterDesAmts() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> anmeldeseite = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anmeldeseite.body()).contains("Anmelden über Anmeldedienst der Stadt", "/oauth2/authorization/amt", "Benutzername");

        HttpResponse<String> weiter = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/amt")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(weiter.statusCode()).isEqualTo(302);
        String ziel = weiter.headers().firstValue("Location").orElseThrow();
        assertThat(ziel).startsWith("https://idp.amt.invalid/realms/amt/auth?")
                .contains("response_type=code", "client_id=fallbuch", "scope=openid%20profile", "state=", "nonce=",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/amt");
    }

    /** An answer read off a raw socket. */
    record Roh(int status, Map<String, String> kopf, String text) {
    }

    /**
     * A GET with HTTP Basic from a chosen loopback address (127.0.0.x), so each test has a client address of its own
     * and the per-address counts of the tests do not add up.
     */
    private static Roh vonAdresse(String adresse, String pfad, String benutzer, String passwort) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(adresse, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            String basic = Base64.getEncoder().encodeToString((benutzer + ":" + passwort).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET " + pfad + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Authorization: Basic " + basic + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String antwort = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] zeilen = antwort.substring(0, antwort.indexOf("\r\n\r\n")).split("\r\n");
            Map<String, String> kopf = new HashMap<>();
            for (int i = 1; i < zeilen.length; i++) {
                int trenner = zeilen[i].indexOf(':');
                kopf.put(zeilen[i].substring(0, trenner).toLowerCase(java.util.Locale.ROOT), zeilen[i].substring(trenner + 1).strip());
            }
            return new Roh(Integer.parseInt(zeilen[0].split(" ")[1]), kopf, antwort.substring(antwort.indexOf("\r\n\r\n") + 4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Api mitToken(String token) {
        return TestApi.als(port, null, null).mitKopfzeile("Authorization", "Bearer " + token);
    }

    private static String token(Map<String, Object> ansprueche, long gueltigSekunden) {
        return token(ansprueche, gueltigSekunden, (RSAPrivateKey) schluessel.getPrivate());
    }

    private static String token(Map<String, Object> ansprueche, long gueltigSekunden, RSAPrivateKey mit) {
        try {
            Instant jetzt = Instant.now();
            JWTClaimsSet.Builder inhalt = new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
                    .issueTime(Date.from(jetzt.minusSeconds(gueltigSekunden < 0 ? 1200 : 0)))
                    .expirationTime(Date.from(jetzt.plusSeconds(gueltigSekunden)));
            ansprueche.forEach(inhalt::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), inhalt.build());
            jwt.sign(new RSASSASigner(mit));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

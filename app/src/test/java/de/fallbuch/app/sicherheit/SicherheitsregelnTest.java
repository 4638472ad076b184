package de.fallbuch.app.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.Rolle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockSessionCookieConfig;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The rules of the security configuration that need no running service. */
class SicherheitsregelnTest {

    // --- passwords at startup (item 5)

    @Test
    void einHashOhneVerfahrenskennungScheitertBeimStartMitKlarerMeldung() {
        String ohneKennung = new BCryptPasswordEncoder(4).encode("geheim");
        assertThatThrownBy(() -> Sicherheitskonfiguration.passwortPruefen(3, benutzer(ohneKennung), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fallbuch.benutzer[3].passwort (Benutzer 'fm.lange')")
                .hasMessageContaining("kein Passwort-Hash mit Verfahrenskennung")
                .hasMessageContaining("{bcrypt}$2a$10$");
    }

    @Test
    void klartextPasswoerterGibtEsNurMitDenDemoBenutzern() {
        assertThatThrownBy(() -> Sicherheitskonfiguration.passwortPruefen(0, benutzer("{noop}demo"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Klartext-Passwort ({noop})");
        assertThatCode(() -> Sicherheitskonfiguration.passwortPruefen(0, benutzer("{noop}demo"), true)).doesNotThrowAnyException();
    }

    @Test
    void schwacheVerfahrenUndLeerePasswoerterWerdenAbgewiesenStarkeAngenommen() {
        assertThatThrownBy(() -> Sicherheitskonfiguration.passwortPruefen(0, benutzer("{MD5}abc"), true))
                .hasMessageContaining("zugelassen sind {bcrypt}");
        assertThatThrownBy(() -> Sicherheitskonfiguration.passwortPruefen(0, benutzer(""), true)).hasMessageContaining("fehlt");
        assertThatCode(() -> Sicherheitskonfiguration.passwortPruefen(0,
                benutzer("{bcrypt}" + new BCryptPasswordEncoder(4).encode("x")), false)).doesNotThrowAnyException();
    }

    private static Benutzerkonfiguration.Benutzer benutzer(String passwort) {
        return new Benutzerkonfiguration.Benutzer("fm.lange", passwort, Rolle.FALLMANAGER, Set.of("Innenstadt"));
    }

    // --- session cookie (item 6)

    @Test
    void dasSitzungscookieIstSecureAusserAufDerEingebettetenDemo() {
        MockSessionCookieConfig extern = new MockSessionCookieConfig();
        Sicherheitskonfiguration.sitzungscookieEinstellen(extern,
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/fallbuch"));
        assertThat(extern.isSecure()).isTrue();

        MockSessionCookieConfig eingebettet = new MockSessionCookieConfig();
        Sicherheitskonfiguration.sitzungscookieEinstellen(eingebettet, new MockEnvironment());
        assertThat(eingebettet.isSecure()).isFalse();

        // An explicit server.servlet.session.cookie.secure is Spring Boot's to apply; the default stays out of its way.
        MockSessionCookieConfig ausdruecklich = new MockSessionCookieConfig();
        ausdruecklich.setSecure(true);
        Sicherheitskonfiguration.sitzungscookieEinstellen(ausdruecklich,
                new MockEnvironment().withProperty("server.servlet.session.cookie.secure", "true"));
        assertThat(ausdruecklich.isSecure()).isTrue();
    }

    // --- claim mapping (item 4)

    @Test
    void dieAnspruchsabbildungLiestAuchVerschachtelteClaims() {
        Anspruchsabbildung keycloak = new Anspruchsabbildung(new Anmeldekonfiguration.Claims("preferred_username", "realm_access.roles", "amt.dienststellen"));
        Anspruchsabbildung.Identitaet identitaet = keycloak.abbilden(Map.of("preferred_username", "sgl.kc",
                "realm_access", Map.of("roles", List.of("offline_access", "sachgebietsleitung")),
                "amt", Map.of("dienststellen", List.of("Innenstadt", "Hiltrup"))));
        assertThat(identitaet.benutzer()).isEqualTo("sgl.kc");
        assertThat(identitaet.rechte()).extracting(Object::toString)
                .containsExactly("ROLE_SACHGEBIETSLEITUNG", "DIENSTSTELLE_Innenstadt", "DIENSTSTELLE_Hiltrup");
        assertThatThrownBy(() -> keycloak.abbilden(Map.of("preferred_username", "x", "realm_access", Map.of("roles", List.of("SYSTEM")))))
                .isInstanceOf(Anspruchsabbildung.UngueltigeAnsprueche.class);
        assertThatThrownBy(() -> keycloak.abbilden(Map.of("preferred_username", "a\u0000b",
                "realm_access", Map.of("roles", List.of("ADMIN"))))).isInstanceOf(Anspruchsabbildung.UngueltigeAnsprueche.class);
    }

    // --- templates (item 6): nothing the Content-Security-Policy would block

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\bstyle=|\\bth:style=|\\bon[a-z]+=|\\bth:on[a-z]+=|\\bhx-on|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void keineVorlageEnthaeltInlineSkriptOderStil() throws IOException {
        try (Stream<Path> vorlagen = Files.walk(Path.of("src", "main", "resources", "templates"))) {
            List<String> verstoesse = vorlagen.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    return INLINE.matcher(Files.readString(p)).results().map(t -> p + ": " + t.group());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(verstoesse).as("Inline-Skript/-Stil verletzt die Content-Security-Policy; bitte nach static/css bzw. static/js")
                    .isEmpty();
        }
    }
}

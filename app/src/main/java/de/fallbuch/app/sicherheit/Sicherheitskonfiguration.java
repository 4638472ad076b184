package de.fallbuch.app.sicherheit;

import de.fallbuch.app.infrastruktur.EingebetteteDatenbank;
import de.fallbuch.app.web.Problemantworten;
import de.fallbuch.command.fall.FallmanagerVerzeichnis;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import jakarta.servlet.SessionCookieConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may come in: HTTP Basic or a bearer JWT of the office's identity provider for API clients, a login
 * form or OpenID Connect for the UI (README, "Sign-on and security"). Roles and Dienststellen
 * are authorities ({@code ROLE_FALLMANAGER}, {@code DIENSTSTELLE_Innenstadt}); what each role may
 * see and do is decided next to the data (command side, query side).
 */
@Configuration(proxyBeanMethods = false)
class Sicherheitskonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(Sicherheitskonfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problemantworten problemantworten, Anmeldeschutz anmeldeschutz,
            ObjectProvider<JwtDecoder> tokenpruefung, Anmeldekonfiguration anmeldekonfiguration) throws Exception {
        // Bearer JWTs of the office's identity provider, when one is configured (spring.security.oauth2.resourceserver.jwt.*).
        JwtDecoder jwt = tokenpruefung.getIfAvailable();
        AuthenticationEntryPoint nichtAngemeldet = nichtAngemeldet(problemantworten, jwt != null);
        if (jwt != null) {
            Anspruchsabbildung abbildung = new Anspruchsabbildung(anmeldekonfiguration.claims());
            http.oauth2ResourceServer(token -> token.authenticationEntryPoint(nichtAngemeldet)
                    .jwt(j -> j.decoder(jwt).jwtAuthenticationConverter(tokenAnmeldung(abbildung))));
        }
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(anfragen -> anfragen
                        // the seal (issue 13): verification and Tagessiegel also for the legal review
                        .requestMatchers("/api/admin/integritaet", "/api/admin/tagessiegel")
                                .hasAnyRole(Rolle.ADMIN.name(), Rolle.RECHTSPRUEFUNG.name())
                        .requestMatchers("/api/admin/**").hasRole(Rolle.ADMIN.name())
                        // the access log: the data protection officer only (checked again next to the data)
                        .requestMatchers("/api/datenschutz/akteneinsicht").hasRole(Rolle.DATENSCHUTZ.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(nichtAngemeldet))
                .exceptionHandling(fehler -> fehler.accessDeniedHandler((anfrage, antwort, verweigert) ->
                        problemantworten.schreiben(antwort, HttpStatus.FORBIDDEN, "KEIN_ZUGRIFF",
                                "Dafür fehlt Ihnen die Berechtigung.")))
                // API clients authenticate every request; there is no session whose token could be forged.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sitzung -> sitzung.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(kopf -> kopfzeilen(kopf, CSP_API))
                .addFilterBefore(new AnmeldeschutzFilter(anmeldeschutz, problemantworten), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * 401 as problem+json for every way of logging in to the API; the challenge names HTTP Basic and, when tokens are
     * accepted, Bearer (with {@code error="invalid_token"} if a token was sent and refused, RFC 6750).
     */
    private static AuthenticationEntryPoint nichtAngemeldet(Problemantworten problemantworten, boolean tokens) {
        return (anfrage, antwort, fehler) -> {
            String kopf = anfrage.getHeader(HttpHeaders.AUTHORIZATION);
            boolean tokenGesendet = kopf != null && kopf.regionMatches(true, 0, "Bearer ", 0, 7);
            antwort.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fallbuch\"");
            if (tokens) {
                antwort.addHeader(HttpHeaders.WWW_AUTHENTICATE, tokenGesendet ? "Bearer error=\"invalid_token\"" : "Bearer");
            }
            problemantworten.schreiben(antwort, HttpStatus.UNAUTHORIZED, "NICHT_ANGEMELDET", tokenGesendet
                    ? "Das Zugangstoken ist ungültig, abgelaufen oder enthält keine Fallbuch-Rolle."
                    : "Bitte melden Sie sich an (Benutzername und Passwort).");
        };
    }

    /** A bearer JWT becomes the same user name and authorities as a user of the built-in list (Anspruchsabbildung). */
    private static Converter<Jwt, AbstractAuthenticationToken> tokenAnmeldung(Anspruchsabbildung abbildung) {
        return jwt -> {
            try {
                Anspruchsabbildung.Identitaet identitaet = abbildung.abbilden(jwt.getClaims());
                return new JwtAuthenticationToken(jwt, identitaet.rechte(), identitaet.benutzer());
            } catch (Anspruchsabbildung.UngueltigeAnsprueche ungueltig) {
                LOG.warn("Zugangstoken abgewiesen: {}", ungueltig.getMessage());
                throw new InvalidBearerTokenException(ungueltig.getMessage());
            }
        };
    }

    /**
     * Content-Security-Policy of the UI: everything from this server only, no inline script or style (the templates
     * keep theirs in /css and /js), no plug-ins, no framing, forms only to this server.
     */
    static final String CSP_OBERFLAECHE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The API answers JSON and CSV, nothing a browser should run or embed. */
    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'";
    /** Features of the browser the UI never needs. */
    static final String BERECHTIGUNGEN = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
            + "hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), fullscreen=(self)";

    /** Headers on every answer, besides Spring Security's defaults (nosniff, X-Frame-Options DENY, no-store, HSTS on TLS). */
    private static void kopfzeilen(HeadersConfigurer<HttpSecurity> kopf, String csp) {
        kopf.contentSecurityPolicy(richtlinie -> richtlinie.policyDirectives(csp))
                .referrerPolicy(verweis -> verweis.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(berechtigungen -> berechtigungen.policy(BERECHTIGUNGEN));
    }

    @Bean
    @Order(2)
    SecurityFilterChain oberflaeche(HttpSecurity http, Problemantworten problemantworten, Anmeldeschutz anmeldeschutz,
            ObjectProvider<ClientRegistrationRepository> identitaetsanbieter, Anmeldekonfiguration anmeldekonfiguration)
            throws Exception {
        // Login through the office's identity provider (OpenID Connect), when one is configured
        // (spring.security.oauth2.client.registration.*); the login page then offers it next to the form.
        if (identitaetsanbieter.getIfAvailable() != null) {
            OidcUserService oidc = new OidcUserService();
            Anspruchsabbildung abbildung = new Anspruchsabbildung(anmeldekonfiguration.claims());
            http.oauth2Login(oidcLogin -> oidcLogin.loginPage("/login").defaultSuccessUrl("/", true)
                    .userInfoEndpoint(info -> info.oidcUserService(anfrage -> oidcBenutzer(oidc.loadUser(anfrage), abbildung,
                            anmeldekonfiguration.claims().benutzer()))));
        }
        return http
                .authorizeHttpRequests(anfragen -> anfragen
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**",
                                "/webjars/**", "/favicon.ico", "/error", "/sitzung-abgelaufen").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Rolle.ADMIN.name())
                        .requestMatchers("/datenschutz/akteneinsicht").hasRole(Rolle.DATENSCHUTZ.name())
                        .anyRequest().authenticated())
                // Our own German login page (de.fallbuch.app.oberflaeche.anmeldung); after login the start page
                // sends each role where its work is.
                .formLogin(formular -> formular.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(abmeldung -> abmeldung.logoutSuccessUrl("/login?abgemeldet").permitAll())
                // A form whose CSRF token no longer fits, nearly always because the session expired while it was
                // open, gets a page that says so and shows what was typed; any other refusal goes to /error.
                .exceptionHandling(fehler -> fehler.accessDeniedHandler(new DelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(CsrfException.class, sitzungAbgelaufen())), new AccessDeniedHandlerImpl())))
                .httpBasic(Customizer.withDefaults())
                .headers(kopf -> kopfzeilen(kopf, CSP_OBERFLAECHE))
                .addFilterBefore(new AnmeldeschutzFilter(anmeldeschutz, problemantworten), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /** The OpenID Connect user with the authorities of the one claim mapping, named by the configured claim. */
    private static OidcUser oidcBenutzer(OidcUser benutzer, Anspruchsabbildung abbildung, String namensClaim) {
        try {
            Anspruchsabbildung.Identitaet identitaet = abbildung.abbilden(benutzer.getClaims());
            if (!identitaet.benutzer().equals(benutzer.getClaims().get(namensClaim))) {
                throw new Anspruchsabbildung.UngueltigeAnsprueche("Der Claim '" + namensClaim + "' muss ein Name ohne Leerzeichen "
                        + "am Rand und in Normalform sein.");
            }
            return new DefaultOidcUser(identitaet.rechte(), benutzer.getIdToken(), benutzer.getUserInfo(), namensClaim);
        } catch (Anspruchsabbildung.UngueltigeAnsprueche ungueltig) {
            LOG.warn("Anmeldung über den Identitätsanbieter abgewiesen: {}", ungueltig.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", ungueltig.getMessage(), null));
        }
    }

    @Bean
    Anmeldeschutz anmeldeschutz(Anmeldekonfiguration konfiguration, Clock uhr) {
        return new Anmeldeschutz(konfiguration, uhr);
    }

    @Bean
    Anmeldeprotokoll anmeldeprotokoll(Anmeldeschutz anmeldeschutz) {
        return new Anmeldeprotokoll(anmeldeschutz);
    }

    /**
     * Password logins (form and HTTP Basic) against the built-in list, a successful one remembered for
     * {@code fallbuch.anmeldung.merkdauer}. Published as the one {@link AuthenticationProvider} bean: Spring
     * Security then builds its global AuthenticationManager, which form login and HTTP Basic of both filter
     * chains use, from this provider instead of a plain DaoAuthenticationProvider of its own (an
     * AuthenticationManager bean would be ignored while a UserDetailsService bean exists, and every request
     * would pay bcrypt again). Failures and successes reach Anmeldeprotokoll through Boot's event publisher.
     */
    @Bean
    AuthenticationProvider passwortanmeldung(UserDetailsService benutzerverzeichnis, PasswordEncoder passwortPruefung,
            Anmeldekonfiguration konfiguration) {
        DaoAuthenticationProvider passwort = new DaoAuthenticationProvider(benutzerverzeichnis);
        passwort.setPasswordEncoder(passwortPruefung);
        return konfiguration.merkdauer().isZero() ? passwort : new ZwischengespeicherteAnmeldung(passwort, konfiguration.merkdauer());
    }

    /**
     * The session cookie is {@code Secure} (sent over TLS only) unless the embedded database runs, i.e. the demo or a
     * trial on http://localhost. {@code server.servlet.session.cookie.secure} set explicitly wins either way;
     * {@code SameSite=Lax} and {@code HttpOnly} come from application.yml.
     */
    @Bean
    ServletContextInitializer sitzungscookie(Environment umgebung) {
        return kontext -> sitzungscookieEinstellen(kontext.getSessionCookieConfig(), umgebung);
    }

    static void sitzungscookieEinstellen(SessionCookieConfig cookie, Environment umgebung) {
        if (umgebung.getProperty("server.servlet.session.cookie.secure") == null) {
            boolean sicher = !EingebetteteDatenbank.aktiv(umgebung);
            cookie.setSecure(sicher);
            if (!sicher) {
                LOG.warn("Sitzungscookie ohne Secure (eingebettete Datenbank, http://localhost); hinter TLS bitte "
                        + "server.servlet.session.cookie.secure=true setzen.");
            }
        }
    }

    private static AccessDeniedHandler sitzungAbgelaufen() {
        AccessDeniedHandlerImpl seite = new AccessDeniedHandlerImpl();
        seite.setErrorPage("/sitzung-abgelaufen");
        return seite;
    }

    @Bean
    PasswordEncoder passwortPruefung() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The directory is exposed only as a {@link UserDetailsService}: were it a
     * {@code UserDetailsPasswordService} (as {@link InMemoryUserDetailsManager} is) wired into a
     * DaoAuthenticationProvider (Spring Security does that itself when it builds the provider), every
     * user's stored hash would be re-encoded by DelegatingPasswordEncoder.upgradeEncoding() after the
     * first login (issue 18). {@code passwortanmeldung} builds the provider without one, and this keeps
     * it so; AnmeldungTest counts the hashing and checks the stored hash stays as configured.
     */
    @Bean
    UserDetailsService benutzerverzeichnis(Benutzerkonfiguration konfiguration, Environment umgebung) {
        List<UserDetails> benutzer = new ArrayList<>();
        boolean demo = konfiguration.demoUsers() != null ? konfiguration.demoUsers() : EingebetteteDatenbank.aktiv(umgebung);
        if (demo) {
            benutzer.addAll(Demobenutzer.alle());
            LOG.warn("Demo-Benutzer sind aktiv (Passwort 'demo'): nur für die eingebettete Datenbank oder zum Ausprobieren.");
        }
        for (int i = 0; i < konfiguration.benutzer().size(); i++) {
            Benutzerkonfiguration.Benutzer b = konfiguration.benutzer().get(i);
            passwortPruefen(i, b, demo);
            benutzer.add(konto(b.name(), b.passwort(), b.rolle(), b.dienststellen()));
        }
        if (benutzer.isEmpty()) {
            LOG.warn("Es ist kein Benutzer eingerichtet: bitte fallbuch.benutzer konfigurieren.");
        }
        InMemoryUserDetailsManager verzeichnis = new InMemoryUserDetailsManager(benutzer);
        return verzeichnis::loadUserByUsername;
    }

    /** Hash schemes of Spring Security's DelegatingPasswordEncoder that are slow enough for passwords. */
    private static final Set<String> STARKE_VERFAHREN = Set.of("bcrypt", "argon2", "argon2@SpringSecurity_v5_8", "pbkdf2",
            "pbkdf2@SpringSecurity_v5_8", "scrypt", "scrypt@SpringSecurity_v5_8");
    private static final Pattern PASSWORT_HASH = Pattern.compile("\\{([^{}]*)\\}(.+)", Pattern.DOTALL);

    /**
     * A configured password must be a Spring Security hash with its scheme prefix, e.g. {@code {bcrypt}$2a$10$…}: an
     * unprefixed hash would otherwise fail only at the first login (500), and {@code {noop}} (plain text) is accepted
     * only together with the demo users, i.e. on the embedded demo or where they were switched on explicitly.
     */
    static void passwortPruefen(int i, Benutzerkonfiguration.Benutzer benutzer, boolean demo) {
        String wo = "fallbuch.benutzer[" + i + "].passwort (Benutzer '" + Anmeldeschutz.lesbar(benutzer.name()) + "')";
        String passwort = benutzer.passwort();
        if (passwort == null || passwort.isBlank()) {
            throw new IllegalStateException(wo + " fehlt.");
        }
        Matcher hash = PASSWORT_HASH.matcher(passwort);
        if (!hash.matches()) {
            throw new IllegalStateException(wo + " ist kein Passwort-Hash mit Verfahrenskennung. Erwartet wird z. B. "
                    + "{bcrypt}$2a$10$… (erzeugen mit: htpasswd -bnBC 10 \"\" passwort | tr -d ':\\n'; oder Spring Boot CLI "
                    + "'spring encodepassword'). Ein bcrypt-Hash ohne Kennung bekommt das Präfix {bcrypt}.");
        }
        String verfahren = hash.group(1);
        if ("noop".equals(verfahren)) {
            if (!demo) {
                throw new IllegalStateException(wo + " ist ein Klartext-Passwort ({noop}). Das ist nur mit den Demo-Benutzern "
                        + "erlaubt; bitte einen Hash eintragen, z. B. {bcrypt}$2a$10$….");
            }
            return;
        }
        if (!STARKE_VERFAHREN.contains(verfahren)) {
            throw new IllegalStateException(wo + " nutzt das Verfahren {" + Anmeldeschutz.lesbar(verfahren) + "}; zugelassen sind "
                    + "{bcrypt}, {argon2}, {pbkdf2} und {scrypt}.");
        }
    }

    @Bean
    FallmanagerVerzeichnis fallmanagerVerzeichnis(UserDetailsService benutzerverzeichnis) {
        return (name, dienststelle) -> {
            try {
                Set<String> rechte = new java.util.HashSet<>();
                benutzerverzeichnis.loadUserByUsername(name).getAuthorities().forEach(a -> rechte.add(a.getAuthority()));
                return rechte.contains(Akteur.ROLLEN_PRAEFIX + Rolle.FALLMANAGER.name())
                        && rechte.contains(Akteur.DIENSTSTELLEN_PRAEFIX + dienststelle);
            } catch (UsernameNotFoundException unbekannt) {
                return false;
            }
        };
    }

    static UserDetails konto(String name, String passwortHash, Rolle rolle, Set<String> dienststellen) {
        return User.withUsername(name)
                .password(passwortHash)
                .authorities(Stream.concat(
                                Stream.of(new SimpleGrantedAuthority(Akteur.ROLLEN_PRAEFIX + rolle.name())),
                                dienststellen.stream().map(d -> new SimpleGrantedAuthority(Akteur.DIENSTSTELLEN_PRAEFIX + d)))
                        .toList())
                .build();
    }

    /** The demo users of api.md, all with password {@code demo}. */
    static final class Demobenutzer {

        private Demobenutzer() {
        }

        static List<UserDetails> alle() {
            // The normal cost (10), like a real account: a login costs ~70 ms of CPU once, then it is remembered
            // (ZwischengespeicherteAnmeldung). Hashed once per start.
            String demo = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("demo");
            return List.of(
                    konto("fm.mueller", demo, Rolle.FALLMANAGER, Set.of("Innenstadt")),
                    konto("fm.yilmaz", demo, Rolle.FALLMANAGER, Set.of("Hiltrup")),
                    konto("sgl.schmidt", demo, Rolle.SACHGEBIETSLEITUNG, Set.of("Innenstadt", "Hiltrup")),
                    konto("rp.weber", demo, Rolle.RECHTSPRUEFUNG, Set.of()),
                    konto("rev.koch", demo, Rolle.REVISION, Set.of()),
                    konto("ds.neumann", demo, Rolle.DATENSCHUTZ, Set.of()),
                    konto("admin", demo, Rolle.ADMIN, Set.of()));
        }
    }
}

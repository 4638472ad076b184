package de.fallbuch.app.sicherheit;

import de.fallbuch.app.infrastruktur.EingebetteteDatenbank;
import de.fallbuch.app.web.Problemantworten;
import de.fallbuch.command.fall.FallmanagerVerzeichnis;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Who may come in: HTTP Basic for API clients, a login form for the UI. Roles and Dienststellen
 * are authorities ({@code ROLE_FALLMANAGER}, {@code DIENSTSTELLE_Innenstadt}); what each role may
 * see and do is decided next to the data (command side, query side).
 */
@Configuration(proxyBeanMethods = false)
class Sicherheitskonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(Sicherheitskonfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problemantworten problemantworten) throws Exception {
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
                .httpBasic(basic -> basic.authenticationEntryPoint((anfrage, antwort, fehler) -> {
                    antwort.setHeader("WWW-Authenticate", "Basic realm=\"Fallbuch\"");
                    problemantworten.schreiben(antwort, HttpStatus.UNAUTHORIZED, "NICHT_ANGEMELDET",
                            "Bitte melden Sie sich an (Benutzername und Passwort).");
                }))
                .exceptionHandling(fehler -> fehler.accessDeniedHandler((anfrage, antwort, verweigert) ->
                        problemantworten.schreiben(antwort, HttpStatus.FORBIDDEN, "KEIN_ZUGRIFF",
                                "Dafür fehlt Ihnen die Berechtigung.")))
                // API clients authenticate every request; there is no session whose token could be forged.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sitzung -> sitzung.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain oberflaeche(HttpSecurity http) throws Exception {
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
                .build();
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
     * {@code UserDetailsPasswordService} (as {@link InMemoryUserDetailsManager} is), Spring Security
     * would re-hash every user's password to its default cost after the first login, and every later
     * HTTP-Basic request would pay that cost again (issue 18: ~72 ms of CPU per request).
     */
    @Bean
    UserDetailsService benutzerverzeichnis(Benutzerkonfiguration konfiguration, Environment umgebung) {
        List<UserDetails> benutzer = new ArrayList<>();
        boolean demo = konfiguration.demoUsers() != null ? konfiguration.demoUsers() : EingebetteteDatenbank.aktiv(umgebung);
        if (demo) {
            benutzer.addAll(Demobenutzer.alle());
            LOG.warn("Demo-Benutzer sind aktiv (Passwort 'demo'): nur für die eingebettete Datenbank oder zum Ausprobieren.");
        }
        konfiguration.benutzer().forEach(b -> benutzer.add(konto(b.name(), b.passwort(), b.rolle(), b.dienststellen())));
        if (benutzer.isEmpty()) {
            LOG.warn("Es ist kein Benutzer eingerichtet: bitte fallbuch.benutzer konfigurieren.");
        }
        InMemoryUserDetailsManager verzeichnis = new InMemoryUserDetailsManager(benutzer);
        return verzeichnis::loadUserByUsername;
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
            // Cost 4 keeps a demo login fast; real accounts come with their own hashes.
            String demo = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo");
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

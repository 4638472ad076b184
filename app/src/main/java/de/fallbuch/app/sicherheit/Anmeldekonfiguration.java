package de.fallbuch.app.sicherheit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How logins are defended and how tokens of an identity provider are read ({@code fallbuch.anmeldung.*};
 * README, "Sign-on and security").
 *
 * @param benutzerSchutz failed logins per user name (whether the user exists or not)
 * @param adressenSchutz failed logins per client address
 * @param merkdauer how long a successful HTTP-Basic login is remembered, so bcrypt is not paid on every request
 *                  ({@code PT0S}: off)
 * @param claims the claims of an identity provider's tokens that name the user, the role and the Dienststellen
 */
@ConfigurationProperties("fallbuch.anmeldung")
public record Anmeldekonfiguration(Schutz benutzerSchutz, Schutz adressenSchutz, Duration merkdauer, Claims claims) {

    public Anmeldekonfiguration {
        benutzerSchutz = benutzerSchutz != null ? benutzerSchutz : new Schutz(5, Duration.ofMinutes(1), 20, Duration.ofMinutes(15));
        adressenSchutz = adressenSchutz != null ? adressenSchutz : new Schutz(20, Duration.ofMinutes(1), 100, Duration.ofMinutes(15));
        merkdauer = merkdauer != null ? merkdauer : Duration.ofMinutes(5);
        claims = claims != null ? claims : new Claims(null, null, null);
    }

    /**
     * Two token buckets over failed logins: after {@code fehlversucheBisVerlangsamung} failures only one further
     * attempt per {@code verlangsamung / fehlversucheBisVerlangsamung} is let through (slowed); after
     * {@code fehlversucheBisSperre} failures none until the {@code sperrdauer} window is over (locked).
     */
    public record Schutz(int fehlversucheBisVerlangsamung, Duration verlangsamung, int fehlversucheBisSperre, Duration sperrdauer) {

        public Schutz {
            if (fehlversucheBisVerlangsamung < 1 || fehlversucheBisSperre < fehlversucheBisVerlangsamung
                    || verlangsamung == null || verlangsamung.isNegative() || verlangsamung.isZero()
                    || sperrdauer == null || sperrdauer.isNegative() || sperrdauer.isZero()) {
                throw new IllegalArgumentException("fallbuch.anmeldung.*-schutz: fehlversuche-bis-verlangsamung ≥ 1, "
                        + "fehlversuche-bis-sperre ≥ fehlversuche-bis-verlangsamung und positive Dauern erwartet.");
            }
        }
    }

    /**
     * Claim names (a dotted path reaches into a nested claim, e.g. Keycloak's {@code realm_access.roles}).
     *
     * @param benutzer the user name recorded with every act (default {@code preferred_username})
     * @param rollen a list (or a single string) holding exactly one Fallbuch role, e.g. {@code FALLMANAGER}
     * @param dienststellen a list (or a single string) of Dienststellen
     */
    public record Claims(String benutzer, String rollen, String dienststellen) {

        public Claims {
            benutzer = benutzer == null || benutzer.isBlank() ? "preferred_username" : benutzer;
            rollen = rollen == null || rollen.isBlank() ? "roles" : rollen;
            dienststellen = dienststellen == null || dienststellen.isBlank() ? "dienststellen" : dienststellen;
        }
    }
}

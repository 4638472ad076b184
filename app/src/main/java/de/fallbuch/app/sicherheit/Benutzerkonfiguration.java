package de.fallbuch.app.sicherheit;

import de.fallbuch.kernel.common.Rolle;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users configured for an installation ({@code fallbuch.benutzer[i].*}), with password hashes in
 * Spring Security's {@code {bcrypt}...} form. In production an office would connect its
 * directory instead; this keeps a small installation self-contained.
 */
@ConfigurationProperties("fallbuch")
public record Benutzerkonfiguration(Boolean demoUsers, List<Benutzer> benutzer) {

    public Benutzerkonfiguration {
        benutzer = benutzer == null ? List.of() : List.copyOf(benutzer);
    }

    public record Benutzer(String name, String passwort, Rolle rolle, Set<String> dienststellen) {

        public Benutzer {
            dienststellen = dienststellen == null ? Set.of() : Set.copyOf(dienststellen);
        }
    }
}

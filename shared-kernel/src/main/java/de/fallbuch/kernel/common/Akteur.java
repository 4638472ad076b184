package de.fallbuch.kernel.common;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is acting: the user id, their role and the Dienststellen they are assigned to. Built from
 * the authorities of the logged-in user ({@code ROLE_<ROLLE>} and {@code DIENSTSTELLE_<name>}), so
 * command side and query side decide access by the same rules without seeing each other.
 */
public record Akteur(String benutzer, Rolle rolle, Set<String> dienststellen) {

    public static final String ROLLEN_PRAEFIX = "ROLE_";
    public static final String DIENSTSTELLEN_PRAEFIX = "DIENSTSTELLE_";

    public Akteur {
        Objects.requireNonNull(benutzer, "benutzer");
        Objects.requireNonNull(rolle, "rolle");
        dienststellen = Set.copyOf(dienststellen);
    }

    /** Reads the role and Dienststellen from authority names; a user without a known role is refused. */
    public static Akteur aus(String benutzer, Collection<String> authorities) {
        Rolle rolle = null;
        Set<String> dienststellen = new TreeSet<>();
        for (String authority : authorities) {
            if (authority.startsWith(ROLLEN_PRAEFIX)) {
                String name = authority.substring(ROLLEN_PRAEFIX.length());
                for (Rolle bekannt : Rolle.values()) {
                    if (bekannt.name().equals(name)) {
                        rolle = bekannt;
                    }
                }
            } else if (authority.startsWith(DIENSTSTELLEN_PRAEFIX)) {
                dienststellen.add(authority.substring(DIENSTSTELLEN_PRAEFIX.length()));
            }
        }
        if (rolle == null) {
            throw new ZugriffVerweigert("KEINE_ROLLE", "Ihrem Benutzerkonto ist keine Rolle in Fallbuch zugeordnet.");
        }
        return new Akteur(benutzer, rolle, dienststellen);
    }

    /** Whether this person may read the personal data of a Fall kept in that Dienststelle. */
    public boolean darfFallLesen(String dienststelle) {
        return switch (rolle) {
            case FALLMANAGER, SACHGEBIETSLEITUNG -> dienststellen.contains(dienststelle);
            case RECHTSPRUEFUNG -> true;
            case REVISION, ADMIN, DATENSCHUTZ, SYSTEM -> false;
        };
    }

    /** Whether this person may record acts on a Fall kept in that Dienststelle. */
    public boolean darfFallBearbeiten(String dienststelle) {
        return (rolle == Rolle.FALLMANAGER || rolle == Rolle.SACHGEBIETSLEITUNG) && dienststellen.contains(dienststelle);
    }
}

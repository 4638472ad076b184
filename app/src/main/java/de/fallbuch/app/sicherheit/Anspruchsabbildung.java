package de.fallbuch.app.sicherheit;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one mapping from an identity provider's claims (bearer JWT of an API client, ID token and
 * user info of an OpenID Connect login) to what the rest of Fallbuch reads: the user name and the
 * authorities {@code ROLE_<Rolle>} and {@code DIENSTSTELLE_<name>} that {@link Akteur#aus} turns
 * into the acting person, exactly as for a user of the built-in list. Claim names are configurable
 * ({@link Anmeldekonfiguration.Claims}). The user name and the Dienststellen enter the events'
 * metadata and the access checks, so they pass the same limits as typed input (Pruefung, KURZTEXT).
 */
final class Anspruchsabbildung {

    /** The mapped identity: user name and authorities. */
    record Identitaet(String benutzer, List<GrantedAuthority> rechte) {
    }

    /** A token the mapping refuses: no user, no or several Fallbuch roles, a value beyond its limit. */
    static final class UngueltigeAnsprueche extends RuntimeException {
        UngueltigeAnsprueche(String meldung) {
            super(meldung);
        }
    }

    private final Anmeldekonfiguration.Claims claims;

    Anspruchsabbildung(Anmeldekonfiguration.Claims claims) {
        this.claims = claims;
    }

    Identitaet abbilden(Map<String, Object> ansprueche) {
        List<String> namen = werte(ansprueche, claims.benutzer());
        if (namen.size() != 1) {
            throw new UngueltigeAnsprueche("Der Claim '" + claims.benutzer() + "' (Benutzername) fehlt oder ist mehrdeutig.");
        }
        String benutzer = geprueft(namen.get(0), claims.benutzer());
        Set<Rolle> rollen = new LinkedHashSet<>();
        for (String wert : werte(ansprueche, claims.rollen())) {
            for (Rolle rolle : Rolle.values()) {
                if (rolle != Rolle.SYSTEM && rolle.name().equals(wert.strip().toUpperCase(Locale.ROOT))) {
                    rollen.add(rolle);
                }
            }
        }
        if (rollen.size() != 1) {
            throw new UngueltigeAnsprueche("Der Claim '" + claims.rollen() + "' muss genau eine Fallbuch-Rolle enthalten, enthält "
                    + rollen.size() + ".");
        }
        List<String> dienststellen = werte(ansprueche, claims.dienststellen());
        if (dienststellen.size() > Grenzen.MAX_LISTENEINTRAEGE) {
            throw new UngueltigeAnsprueche("Der Claim '" + claims.dienststellen() + "' nennt zu viele Dienststellen.");
        }
        List<GrantedAuthority> rechte = new ArrayList<>();
        rechte.add(new SimpleGrantedAuthority(Akteur.ROLLEN_PRAEFIX + rollen.iterator().next().name()));
        for (String dienststelle : dienststellen) {
            rechte.add(new SimpleGrantedAuthority(Akteur.DIENSTSTELLEN_PRAEFIX + geprueft(dienststelle, claims.dienststellen())));
        }
        return new Identitaet(benutzer, List.copyOf(rechte));
    }

    private static String geprueft(String wert, String claim) {
        try {
            return Pruefung.pflichttext(wert, Grenzen.Textart.KURZTEXT, claim, "Der Claim '" + claim + "' ist leer.");
        } catch (UngueltigeAngabe ungueltig) {
            throw new UngueltigeAnsprueche(ungueltig.getMessage());
        }
    }

    /** The claim at a dotted path as a list of strings: a string is a list of one, anything else is ignored. */
    private static List<String> werte(Map<String, Object> ansprueche, String pfad) {
        Object wert = ansprueche;
        for (String teil : pfad.split("\\.")) {
            if (!(wert instanceof Map<?, ?> map)) {
                return List.of();
            }
            wert = map.get(teil);
        }
        if (wert instanceof String text) {
            return List.of(text);
        }
        if (wert instanceof Collection<?> liste) {
            List<String> texte = new ArrayList<>();
            for (Object eintrag : liste) {
                if (eintrag instanceof String text) {
                    texte.add(text);
                }
            }
            return texte;
        }
        return List.of();
    }
}

package de.fallbuch.query.common;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person reading: from the metadata of the query being answered, or (direct calls) the current request. */
public final class AktuellerLeser {

    private AktuellerLeser() {
    }

    /**
     * The reader a query carries (stamped at dispatch: user, role, Dienststellen). Query handlers that
     * decide access read it here, so the decision is the same on every instance and for every door.
     */
    public static Akteur aus(Map<String, ?> metadaten) {
        if (!(metadaten.get(Metadaten.BENUTZER) instanceof String benutzer) || benutzer.isBlank()) {
            throw nichtAngemeldet();
        }
        List<String> rechte = new ArrayList<>();
        if (metadaten.get(Metadaten.ROLLE) instanceof String rolle) {
            rechte.add(Akteur.ROLLEN_PRAEFIX + rolle);
        }
        if (metadaten.get(Metadaten.DIENSTSTELLEN) instanceof Collection<?> dienststellen) {
            dienststellen.forEach(d -> rechte.add(Akteur.DIENSTSTELLEN_PRAEFIX + d));
        }
        return Akteur.aus(benutzer, rechte);
    }

    public static Akteur leser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw nichtAngemeldet();
        }
        return Akteur.aus(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    private static ZugriffVerweigert nichtAngemeldet() {
        return new ZugriffVerweigert("NICHT_ANGEMELDET", "Bitte melden Sie sich an.");
    }
}

package de.fallbuch.query.common;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person reading through the current request. */
public final class AktuellerLeser {

    private AktuellerLeser() {
    }

    public static Akteur leser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ZugriffVerweigert("NICHT_ANGEMELDET", "Bitte melden Sie sich an.");
        }
        return Akteur.aus(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}

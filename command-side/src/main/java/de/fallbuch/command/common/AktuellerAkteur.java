package de.fallbuch.command.common;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request. */
public final class AktuellerAkteur {

    private AktuellerAkteur() {
    }

    public static Akteur akteur() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ZugriffVerweigert("NICHT_ANGEMELDET", "Bitte melden Sie sich an.");
        }
        return Akteur.aus(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}

package de.fallbuch.app.sicherheit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers a successful password login for a short time (issue 13; the performance issue measured
 * ~72 ms of CPU per HTTP-Basic request for bcrypt at cost 10): the same user with the same password
 * within {@code fallbuch.anmeldung.merkdauer} is let in without hashing again. The key is an
 * HMAC-SHA-256 of user and password under a random key that lives only in this process, so the cache
 * holds neither the password nor a hash that could be attacked offline faster than bcrypt. A wrong
 * password is never remembered: each one pays the full bcrypt cost and counts as a failure.
 */
final class ZwischengespeicherteAnmeldung implements AuthenticationProvider {

    private final AuthenticationProvider pruefung;
    private final Cache<String, Authentication> erfolge;
    private final byte[] schluessel = new byte[32];

    ZwischengespeicherteAnmeldung(AuthenticationProvider pruefung, Duration merkdauer) {
        this.pruefung = pruefung;
        this.erfolge = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(merkdauer).build();
        new SecureRandom().nextBytes(schluessel);
    }

    @Override
    public Authentication authenticate(Authentication anmeldung) throws AuthenticationException {
        if (!(anmeldung.getCredentials() instanceof String passwort)) {
            return pruefung.authenticate(anmeldung);
        }
        String kennung = kennung(anmeldung.getName(), passwort);
        Authentication bekannt = erfolge.getIfPresent(kennung);
        if (bekannt != null) {
            UsernamePasswordAuthenticationToken wieder = UsernamePasswordAuthenticationToken.authenticated(
                    bekannt.getPrincipal(), null, bekannt.getAuthorities());
            wieder.setDetails(anmeldung.getDetails());
            return wieder;
        }
        Authentication ergebnis = pruefung.authenticate(anmeldung);
        if (ergebnis != null && ergebnis.isAuthenticated()) {
            erfolge.put(kennung, ergebnis);
        }
        return ergebnis;
    }

    /** How many successful logins are remembered now (for tests and monitoring). */
    long gemerkt() {
        erfolge.cleanUp();
        return erfolge.estimatedSize();
    }

    private String kennung(String benutzer, String passwort) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(schluessel, "HmacSHA256"));
            mac.update(benutzer.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(passwort.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 fehlt in dieser JVM", e);
        }
    }

    @Override
    public boolean supports(Class<?> art) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(art);
    }
}

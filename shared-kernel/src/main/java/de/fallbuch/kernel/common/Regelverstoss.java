package de.fallbuch.kernel.common;

import java.util.Objects;

/**
 * A domain rule was broken. Carries a stable {@code code} for programs and a German
 * {@code message} a caseworker understands; the web layer answers it with HTTP 422.
 */
public class Regelverstoss extends RuntimeException {

    private final String code;

    public Regelverstoss(String code, String meldung) {
        super(Objects.requireNonNull(meldung, "meldung"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}

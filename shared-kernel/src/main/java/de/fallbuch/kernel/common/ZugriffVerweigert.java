package de.fallbuch.kernel.common;

import java.util.Objects;

/** The person may not do or see this (need to know, role). The web layer answers with HTTP 403. */
public class ZugriffVerweigert extends RuntimeException {

    private final String code;

    public ZugriffVerweigert(String code, String meldung) {
        super(Objects.requireNonNull(meldung, "meldung"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}

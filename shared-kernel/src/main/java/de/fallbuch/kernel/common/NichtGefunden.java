package de.fallbuch.kernel.common;

import java.util.Objects;

/** No Fall, Antrag or Hilfevereinbarung with that id. The web layer answers with HTTP 404. */
public class NichtGefunden extends RuntimeException {

    private final String code;

    public NichtGefunden(String code, String meldung) {
        super(Objects.requireNonNull(meldung, "meldung"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}

package de.fallbuch.kernel.common;

import java.util.Objects;

/**
 * The client decided on a version that is no longer current: someone else changed the record in
 * between. Nothing was written; the web layer answers with HTTP 409.
 */
public class VeralteteVersion extends RuntimeException {

    public VeralteteVersion(String meldung) {
        super(Objects.requireNonNull(meldung, "meldung"), null, false, false);
    }
}

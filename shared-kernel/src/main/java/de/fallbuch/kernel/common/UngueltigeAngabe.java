package de.fallbuch.kernel.common;

import java.util.Objects;

/**
 * A value does not have the form it must have (a missing name, a postcode of four digits).
 * Raised by value objects while they are built; the web layer answers it with HTTP 400 and names
 * the {@code feld} so a form can show the message next to the field.
 */
public class UngueltigeAngabe extends IllegalArgumentException {

    private final String feld;

    public UngueltigeAngabe(String feld, String meldung) {
        super(Objects.requireNonNull(meldung, "meldung"));
        this.feld = Objects.requireNonNull(feld, "feld");
    }

    public String feld() {
        return feld;
    }
}

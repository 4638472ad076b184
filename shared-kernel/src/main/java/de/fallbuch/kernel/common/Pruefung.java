package de.fallbuch.kernel.common;

/** Small checks shared by the value objects' constructors. */
public final class Pruefung {

    private Pruefung() {
    }

    /** Returns the trimmed text, or throws {@link UngueltigeAngabe} if it is missing or blank. */
    public static String pflichttext(String text, String feld, String meldung) {
        if (text == null || text.isBlank()) {
            throw new UngueltigeAngabe(feld, meldung);
        }
        return text.strip();
    }

    /** Returns the trimmed text or {@code null} when nothing was given. */
    public static String optionalerText(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

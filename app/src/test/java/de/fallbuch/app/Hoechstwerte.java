package de.fallbuch.app;

import de.fallbuch.kernel.common.Grenzen.Textart;

/**
 * Values at the limits of Grenzen, for tests that prove the service keeps what it accepts. Among
 * them users and a Dienststelle whose names are as long as allowed (configured for every
 * integration test in {@link IntegrationTest}), so that the names of staff and offices, which no
 * request can choose freely, are tested at their maximum too.
 */
public final class Hoechstwerte {

    /** A Dienststelle with the longest allowed name, and its Fallmanager (two) and Sachgebietsleitung. */
    public static final String DIENSTSTELLE = text(Textart.KURZTEXT, "Dienststelle");
    public static final String FALLMANAGER = text(Textart.KURZTEXT, "fm");
    public static final String ZWEITER_FALLMANAGER = text(Textart.KURZTEXT, "fm2");
    public static final String SACHGEBIETSLEITUNG = text(Textart.KURZTEXT, "sgl");

    private Hoechstwerte() {
    }

    /**
     * Exactly as many code points as the kind allows: the name first (so texts differ), then
     * umlauts, ß, a four-byte character (𝔄, U+1D504) and, where the kind allows, line breaks and
     * tabs; never white space at either end (texts are stripped), never a comma or colon (so the
     * text can be a configured Dienststelle or a user name in HTTP Basic).
     */
    public static String text(Textart art, String name) {
        String[] muster = art.mehrzeilig()
                ? new String[] {"Ä", "ö", "𝔄", "ß", "\n", "ü", "€", "\t", "É"}
                : new String[] {"Ä", "ö", "𝔄", "ß", " ", "ü", "€", "É"};
        StringBuilder text = new StringBuilder(name).append('#');
        int zeichen = text.codePointCount(0, text.length());
        for (int i = 0; zeichen < art.maxZeichen() - 1; i++, zeichen++) {
            text.append(muster[i % muster.length]);
        }
        return text.append('Z').toString();
    }
}

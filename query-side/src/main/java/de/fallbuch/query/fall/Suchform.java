package de.fallbuch.query.fall;

import de.fallbuch.kernel.common.Personenbezogen;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.ColognePhonetic;

/**
 * The search form of a name, the same for what the projector stores and what a caseworker types: lower
 * case, German umlauts and ß transliterated (ä → ae, ö → oe, ü → ue, ß → ss, as German registers write
 * them without umlauts), every other diacritic dropped (Ş → s, é → e), anything but letters and digits a
 * word break. Plus the Kölner Phonetik of each word (Apache Commons Codec), so that Maier finds Meyer.
 */
final class Suchform {

    /** A name word is searched from this many letters on: a single letter would match a large share of all Fälle. */
    static final int MINDESTLAENGE = 2;
    /** Stateless, hence shareable across threads. */
    private static final ColognePhonetic KOELNER_PHONETIK = new ColognePhonetic();
    private static final Pattern ZEICHEN_DER_DIAKRITIKA = Pattern.compile("\\p{M}+");
    private static final Pattern KEIN_WORTZEICHEN = Pattern.compile("[^a-z0-9]+");

    private Suchform() {
    }

    /** The words of the text in search form, in order; empty for null or an erased value. */
    static List<String> woerter(String text) {
        if (text == null || text.equals(Personenbezogen.GELOESCHT)) {
            return List.of();
        }
        String klein = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                // letters that Unicode does not decompose into base letter and mark
                .replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l").replace("đ", "d")
                .replace("ð", "d").replace("þ", "th").replace("ı", "i");
        String ohneDiakritika = ZEICHEN_DER_DIAKRITIKA.matcher(Normalizer.normalize(klein, Normalizer.Form.NFD)).replaceAll("");
        String woerter = KEIN_WORTZEICHEN.matcher(ohneDiakritika).replaceAll(" ").strip();
        return woerter.isEmpty() ? List.of() : Arrays.asList(woerter.split(" "));
    }

    /** The stored search name: the words of first and last name ("anna mueller"); null when there is no name (erased). */
    static String suchname(String vorname, String nachname) {
        List<String> woerter = namenswoerter(vorname, nachname);
        return woerter.isEmpty() ? null : String.join(" ", woerter);
    }

    /**
     * Every start of every name word from {@link #MINDESTLAENGE} letters on, without repeats ("an ann anna mu
     * mue ..."): a word being typed is then one exact element of an indexed array. Null when there is no name.
     */
    static String praefixe(String vorname, String nachname) {
        Set<String> praefixe = new LinkedHashSet<>();
        for (String wort : namenswoerter(vorname, nachname)) {
            for (int laenge = MINDESTLAENGE; laenge <= wort.length(); laenge++) {
                praefixe.add(wort.substring(0, laenge));
            }
        }
        return praefixe.isEmpty() ? null : String.join(" ", praefixe);
    }

    /** The Kölner Phonetik of every name word, without repeats ("06 657"); null when there is no name (erased). */
    static String phonetik(String vorname, String nachname) {
        Set<String> codes = new LinkedHashSet<>();
        for (String wort : namenswoerter(vorname, nachname)) {
            codes.add(phonetisch(wort));
        }
        codes.remove("");
        return codes.isEmpty() ? null : String.join(" ", codes);
    }

    private static List<String> namenswoerter(String vorname, String nachname) {
        List<String> woerter = new ArrayList<>(woerter(vorname));
        woerter.addAll(woerter(nachname));
        return woerter;
    }

    /** The Kölner Phonetik of one word in search form ("" for a word without consonant sound, e.g. "h"). */
    static String phonetisch(String wort) {
        return KOELNER_PHONETIK.encode(wort);
    }
}

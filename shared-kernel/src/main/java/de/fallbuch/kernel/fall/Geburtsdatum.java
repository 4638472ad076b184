package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.List;

/** The birth date a Fall's events say now: the opening's, or the last corrected one. */
public final class Geburtsdatum {

    private Geburtsdatum() {
    }

    /** {@code null} if none is readable (erased personal data). */
    public static LocalDate aus(List<?> ereignisseDesFalls) {
        LocalDate geburtsdatum = null;
        for (Object ereignis : ereignisseDesFalls) {
            if (ereignis instanceof FallEroeffnet eroeffnet && eroeffnet.person() != null) {
                geburtsdatum = eroeffnet.person().geburtsdatum();
            } else if (ereignis instanceof PersonendatenBerichtigt berichtigt && berichtigt.person() != null) {
                geburtsdatum = berichtigt.person().geburtsdatum();
            }
        }
        return geburtsdatum;
    }
}

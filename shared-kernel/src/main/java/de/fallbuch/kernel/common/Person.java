package de.fallbuch.kernel.common;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person seeking help. Social data under §35 SGB I: it is shown only to those who need it
 * and never to auditors. The address is optional: people without a fixed abode (§67 SGB XII)
 * are served too.
 */
public record Person(@Personenbezogen String vorname, @Personenbezogen String nachname, @Personenbezogen LocalDate geburtsdatum, @Personenbezogen Anschrift anschrift) {

    public Person {
        vorname = pflichttext(vorname, "person.vorname", "Der Vorname fehlt.");
        nachname = pflichttext(nachname, "person.nachname", "Der Nachname fehlt.");
        // A crypto-shredded person (Personenbezogen) has no birth date any more.
        if (geburtsdatum == null && !Personenbezogen.GELOESCHT.equals(nachname)) {
            throw new UngueltigeAngabe("person.geburtsdatum", "Das Geburtsdatum fehlt.");
        }
    }

    public String anzeigename() {
        return nachname + ", " + vorname;
    }

    public boolean ohneFestenWohnsitz() {
        return Objects.isNull(anschrift);
    }
}

package de.fallbuch.kernel.common;

import static de.fallbuch.kernel.common.Pruefung.pflichttext;

import de.fallbuch.kernel.common.Grenzen.Textart;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The person seeking help. Social data under §35 SGB I: it is shown only to those who need it
 * and never to auditors. The address is optional: people without a fixed abode (§67 SGB XII)
 * are served too.
 *
 * <p>The constructor accepts any value, because a person is part of stored events
 * ({@code FallEroeffnet}) that must stay readable when a limit becomes stricter. New input is
 * checked by {@link #geprueft(LocalDate)}, which the command handler calls before anything is
 * applied (docs/grenzen.md).
 */
public record Person(@Personenbezogen String vorname, @Personenbezogen String nachname, @Personenbezogen @VierstelligesJahr LocalDate geburtsdatum, @Personenbezogen Anschrift anschrift) {

    /** The person as it may enter a new event: names normalised and within {@link Textart#NAME}, a plausible birth date. */
    public Person geprueft(LocalDate heute) {
        return new Person(
                pflichttext(vorname, Textart.NAME, "person.vorname", "Der Vorname fehlt."),
                pflichttext(nachname, Textart.NAME, "person.nachname", "Der Nachname fehlt."),
                Pruefung.geburtsdatum(geburtsdatum, heute, "person.geburtsdatum"),
                anschrift == null ? null : anschrift.geprueft());
    }

    public String anzeigename() {
        return nachname + ", " + vorname;
    }

    public boolean ohneFestenWohnsitz() {
        return Objects.isNull(anschrift);
    }
}

package de.fallbuch.kernel.kennzahlen;

import java.time.LocalDate;

/** The Kennzahlen as CSV text, with the Stichtag they were computed for (it names the download). */
public record KennzahlenCsvDatei(LocalDate stichtag, String inhalt) {
}

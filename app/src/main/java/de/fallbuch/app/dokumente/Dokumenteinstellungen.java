package de.fallbuch.app.dokumente;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the office's documents look ({@code fallbuch.dokumente.*}; README, "Documents"): a directory whose
 * templates replace the built-in ones ({@code <vorlagen>/bescheid.html}, …), the office's details for every
 * Dienststelle ({@code amt}) and, where a Dienststelle differs, its own ({@code aemter[i]}). A change takes
 * effect with the next document; documents already issued keep the template version they were made from.
 *
 * @param vorlagen directory of the office's own templates, or {@code null}: the built-in ones
 * @param amt      the office's details, for every Dienststelle without its own entry
 * @param aemter   Dienststellen with details of their own (matched by name)
 */
@ConfigurationProperties("fallbuch.dokumente")
public record Dokumenteinstellungen(Path vorlagen, Amt amt, List<Amt> aemter) {

    public Dokumenteinstellungen {
        amt = amt != null ? amt.ergaenzt(Amt.BEISPIEL) : Amt.BEISPIEL;
        Amt standard = amt;
        aemter = aemter == null ? List.of() : aemter.stream().map(a -> a.ergaenzt(standard)).toList();
        for (Amt a : aemter) {
            if (a.dienststelle() == null || a.dienststelle().isBlank()) {
                throw new IllegalArgumentException("fallbuch.dokumente.aemter[i].dienststelle: jeder Eintrag nennt seine Dienststelle.");
            }
        }
    }

    /** The details for a Fall of this Dienststelle. */
    public Amt fuer(String dienststelle) {
        return aemter.stream().filter(a -> a.dienststelle().equals(dienststelle)).findFirst().orElse(amt);
    }

    /**
     * The issuing office as a letter and its Rechtsbehelfsbelehrung name it. Every value is plain text.
     *
     * @param dienststelle  the Dienststelle this entry is for ({@code null} for the default)
     * @param traeger       the authority, e.g. "Stadt Münster"
     * @param behoerde      the issuing office, e.g. "Sozialamt"
     * @param anschrift     its postal address in one line: where a Widerspruch is lodged (§ 84 SGG)
     * @param kontakt       telephone, e-mail, opening hours (letterhead)
     * @param ort           place in the date line
     * @param unterschrift  the signature line, e.g. "Im Auftrag"
     * @param sozialgericht the competent Sozialgericht with its address (Widerspruchsbescheid, § 87 SGG)
     */
    public record Amt(String dienststelle, String traeger, String behoerde, String anschrift, String kontakt, String ort,
            String unterschrift, String sozialgericht) {

        /** Demo values of the embedded default; an installation sets its own. */
        static final Amt BEISPIEL = new Amt(null, "Stadt Münster", "Sozialamt", "Hafenstraße 30, 48153 Münster",
                "Telefon 0251 492-5001 · sozialamt@stadt-muenster.de", "Münster", "Im Auftrag",
                "Sozialgericht Münster, Alter Steinweg 45, 48143 Münster");

        /** This entry with every value it leaves open taken from {@code standard}. */
        Amt ergaenzt(Amt standard) {
            return new Amt(dienststelle, oder(traeger, standard.traeger), oder(behoerde, standard.behoerde),
                    oder(anschrift, standard.anschrift), oder(kontakt, standard.kontakt), oder(ort, standard.ort),
                    oder(unterschrift, standard.unterschrift), oder(sozialgericht, standard.sozialgericht));
        }

        private static String oder(String wert, String standard) {
            return wert == null || wert.isBlank() ? standard : wert;
        }
    }
}

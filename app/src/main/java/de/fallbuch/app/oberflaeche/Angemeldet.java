package de.fallbuch.app.oberflaeche;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import java.util.Set;

/** Who is logged in, as the header shows it, and which parts of the UI their role has. */
public record Angemeldet(String benutzer, Rolle rolle, Set<String> dienststellen) {

    public static Angemeldet aus(Akteur akteur) {
        return new Angemeldet(akteur.benutzer(), akteur.rolle(), akteur.dienststellen());
    }

    public String rollenbezeichnung() {
        return rolle.bezeichnung();
    }

    public boolean hatArbeitskorb() {
        return rolle == Rolle.FALLMANAGER || rolle == Rolle.SACHGEBIETSLEITUNG;
    }

    /** Revision and Administration see no personal data, so no search and no Fall. */
    public boolean siehtFaelle() {
        return rolle == Rolle.FALLMANAGER || rolle == Rolle.SACHGEBIETSLEITUNG || rolle == Rolle.RECHTSPRUEFUNG;
    }

    public boolean siehtKennzahlen() {
        return rolle == Rolle.REVISION || rolle == Rolle.SACHGEBIETSLEITUNG;
    }

    /** The data protection officer reads the access log, and nothing of the Fälle themselves. */
    public boolean siehtAkteneinsichtsprotokoll() {
        return rolle == Rolle.DATENSCHUTZ;
    }

    /** Fallmanager and Sachgebietsleitung answer a person's request for information (Art. 15 DSGVO). */
    public boolean erteiltAuskunft() {
        return rolle == Rolle.FALLMANAGER || rolle == Rolle.SACHGEBIETSLEITUNG;
    }

    /** The seal's Tagessiegel and its verification: Administration and Rechtsprüfung (issue 13). */
    public boolean siehtTagessiegel() {
        return rolle == Rolle.ADMIN || rolle == Rolle.RECHTSPRUEFUNG;
    }

    public boolean eroeffnetFaelle() {
        return rolle == Rolle.FALLMANAGER;
    }
}

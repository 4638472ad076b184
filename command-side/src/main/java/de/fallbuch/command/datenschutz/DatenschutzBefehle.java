package de.fallbuch.command.datenschutz;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.LoeschsperreAufheben;
import de.fallbuch.kernel.fall.LoeschsperreSetzen;
import de.fallbuch.kernel.fall.Loeschvorschlag;
import de.fallbuch.kernel.fall.PersonendatenLoeschen;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * The Datenschutz acts: Löschvorschläge, erasure and legal hold. All of them are the Sachgebietsleitung's,
 * for the Fälle of their own Dienststellen (decided for the acts on the command bus, {@code Schreibrechte});
 * the rules (retention ended, no hold, closed) are the Fall's.
 */
@Service
public class DatenschutzBefehle {

    private final CommandGateway befehle;
    private final Aufbewahrung aufbewahrung;
    private final Clock uhr;

    DatenschutzBefehle(CommandGateway befehle, Aufbewahrung aufbewahrung, Clock uhr) {
        this.befehle = befehle;
        this.aufbewahrung = aufbewahrung;
        this.uhr = uhr;
    }

    /** The Fälle of the caller's Dienststellen whose retention has ended (computed afresh; the daily job logs the same). */
    public List<Loeschvorschlag> loeschvorschlaege() {
        Akteur akteur = sachgebietsleitung();
        return aufbewahrung.loeschvorschlaege(akteur.dienststellen(), LocalDate.now(uhr));
    }

    public long loeschen(UUID fallId, String rechtsgrundlage, String begruendung) {
        return befehle.sendAndWait(new PersonendatenLoeschen(fallId, rechtsgrundlage, begruendung));
    }

    public long sperren(UUID fallId, String grund) {
        return befehle.sendAndWait(new LoeschsperreSetzen(fallId, grund));
    }

    public long entsperren(UUID fallId, String grund) {
        return befehle.sendAndWait(new LoeschsperreAufheben(fallId, grund));
    }

    private Akteur sachgebietsleitung() {
        Akteur akteur = akteur();
        if (akteur.rolle() != Rolle.SACHGEBIETSLEITUNG) {
            throw new ZugriffVerweigert("NUR_SACHGEBIETSLEITUNG",
                    "Über die Löschung personenbezogener Daten und Löschsperren entscheidet die Sachgebietsleitung.");
        }
        return akteur;
    }

}

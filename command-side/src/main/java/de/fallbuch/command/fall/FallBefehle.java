package de.fallbuch.command.fall;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * The acts on a Fall as the application offers them: who may act is checked here, the domain
 * rules by the aggregate. It is the one entry for every client of the write side, the REST API
 * and the web UI alike, so neither can forget a check the other makes. Each method returns the
 * Fall's version after the act; a refusal is thrown as the domain exception or as Axon's
 * {@code CommandExecutionException} carrying {@code Fehlerdetails}.
 */
@Service
public class FallBefehle {

    /** Axon numbers an aggregate's events from 0: a newly opened Fall is at version 0. */
    public static final long VERSION_NACH_EROEFFNUNG = 0L;

    private final CommandGateway befehle;
    private final FallRegister register;
    private final FallmanagerVerzeichnis fallmanagerVerzeichnis;

    FallBefehle(CommandGateway befehle, FallRegister register, FallmanagerVerzeichnis fallmanagerVerzeichnis) {
        this.befehle = befehle;
        this.register = register;
        this.fallmanagerVerzeichnis = fallmanagerVerzeichnis;
    }

    /** A newly opened Fall. */
    public record Eroeffnung(UUID fallId, String aktenzeichen, long version) {
    }

    /** Opens a Fall with the caller as its Fallmanager. */
    public Eroeffnung eroeffnen(Person person, String dienststelle, String anliegen) {
        Akteur akteur = akteur();
        UUID fallId = UUID.randomUUID();
        // The aggregate draws the Aktenzeichen after its checks, in the transaction of the event, and answers with it.
        String neuesAktenzeichen = befehle.sendAndWait(new FallEroeffnen(fallId, person, dienststelle, akteur.benutzer(), anliegen));
        return new Eroeffnung(fallId, neuesAktenzeichen, VERSION_NACH_EROEFFNUNG);
    }

    public long senden(ErstberatungDokumentieren befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(BeratungsgespraechDokumentieren befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(EinzelfallanalyseErstellen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(VermittlungVeranlassen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(WiedervorlageSetzen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(WiedervorlageErledigen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(FallAbschliessen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    public long senden(FallWiederaufnehmen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    /** Correcting the person's data is an act on the Fall like any other: its Dienststelle's Fallmanager and Sachgebietsleitung. */
    public long senden(PersonendatenBerichtigen befehl) {
        return gesendet(befehl.fallId(), befehl);
    }

    /** Reassigning is the Sachgebietsleitung's, and only to a Fallmanager of the Fall's Dienststelle. */
    public long senden(FallmanagerWechseln befehl) {
        return befehle.sendAndWait(befehl);
    }

    /** Whether the caller may record acts on this Fall (for showing or hiding forms; the acts check again). */
    public boolean darfBearbeiten(UUID fallId) {
        return register.finde(fallId).map(fall -> akteur().darfFallBearbeiten(fall.dienststelle())).orElse(false);
    }

    private long gesendet(UUID fallId, Object befehl) {
        return befehle.sendAndWait(befehl);
    }

    /** The Fall exists and the caller may record acts on it. */
    private FallRegister.Eintrag bearbeitbar(UUID fallId) {
        Akteur akteur = akteur();
        FallRegister.Eintrag fall = register.finde(fallId)
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."));
        if (!akteur.darfFallBearbeiten(fall.dienststelle())) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF",
                    switch (akteur.rolle()) {
                        case RECHTSPRUEFUNG, REVISION, DATENSCHUTZ -> "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie Fälle nicht ändern.";
                        default -> "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
                    });
        }
        return fall;
    }
}

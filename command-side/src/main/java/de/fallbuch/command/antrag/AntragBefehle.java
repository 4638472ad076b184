package de.fallbuch.command.antrag;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragStellen;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragZuruecknehmen;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.BewilligungFreigeben;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenEingangErfassen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEinlegen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * The acts on an Antrag as the application offers them, to the REST API and the web UI alike:
 * Fallmanager and Sachgebietsleitung of the Fall's Dienststelle may act, only the
 * Sachgebietsleitung approves a grant; the aggregate checks the legal rules. Each method returns
 * the Antrag's version after the act.
 */
@Service
public class AntragBefehle {

    /** Axon numbers an aggregate's events from 0: a newly registered Antrag is at version 0. */
    public static final long VERSION_NACH_EINGANG = 0L;

    private final CommandGateway befehle;
    private final FallRegister faelle;
    private final AntragRegister antraege;

    AntragBefehle(CommandGateway befehle, FallRegister faelle, AntragRegister antraege) {
        this.befehle = befehle;
        this.faelle = faelle;
        this.antraege = antraege;
    }

    /** Registers an Antrag on the Fall and returns its id (its version is {@link #VERSION_NACH_EINGANG}). */
    public UUID stellen(UUID fallId, Leistungsart leistungsart, LocalDate eingangsdatum, Antragskanal kanal, LocalDate kenntnisAm,
            String kenntnisQuelle) {
        UUID antragId = UUID.randomUUID();
        befehle.sendAndWait(new AntragStellen(antragId, fallId, leistungsart, eingangsdatum, kanal, kenntnisAm, kenntnisQuelle));
        return antragId;
    }

    public long senden(UnterlagenAnfordern befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(UnterlagenEingangErfassen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(AntragBewilligen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(AntragAblehnen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(AntragVersagen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(BescheidBekanntgeben befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(WiderspruchEinlegen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(WiderspruchAbhelfen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(WiderspruchZurueckweisen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(AntragZuruecknehmen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(AnhoerungEinleiten befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(AnhoerungStellungnahmeErfassen befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(BewilligungAufheben befehl) {
        return gesendet(befehl.antragId(), befehl);
    }

    public long senden(BewilligungFreigeben befehl) {
        return befehle.sendAndWait(befehl);
    }

    private long gesendet(UUID antragId, Object befehl) {
        return befehle.sendAndWait(befehl);
    }

    /** The Antrag exists and the caller may record acts on it. */
    private AntragRegister.Eintrag bearbeitbar(UUID antragId) {
        Akteur akteur = akteur();
        AntragRegister.Eintrag antrag = antraege.finde(antragId)
                .orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."));
        darfBearbeiten(akteur, antrag.dienststelle());
        return antrag;
    }

    private static void darfBearbeiten(Akteur akteur, String dienststelle) {
        if (!akteur.darfFallBearbeiten(dienststelle)) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF",
                    switch (akteur.rolle()) {
                        case RECHTSPRUEFUNG, REVISION, DATENSCHUTZ -> "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie Anträge nicht bearbeiten.";
                        default -> "Der Fall dieses Antrags wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
                    });
        }
    }
}

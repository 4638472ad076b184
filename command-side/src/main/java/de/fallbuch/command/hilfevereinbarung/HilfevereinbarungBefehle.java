package de.fallbuch.command.hilfevereinbarung;

import static de.fallbuch.command.common.AktuellerAkteur.akteur;

import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntwerfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbbrechen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbschliessen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBeginnen;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.ZielerreichungFeststellen;
import de.fallbuch.kernel.hilfevereinbarung.ZielverfehlungFeststellen;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * The acts on a Hilfevereinbarung as the application offers them, to the REST API and the web UI
 * alike: Fallmanager and Sachgebietsleitung of the Fall's Dienststelle may act; the aggregate
 * checks the rules of §12 SGB XII. Each method returns the agreement's version after the act.
 */
@Service
public class HilfevereinbarungBefehle {

    /** Axon numbers an aggregate's events from 0: a new draft is at version 0. */
    public static final long VERSION_NACH_ENTWURF = 0L;

    private final CommandGateway befehle;
    private final FallRegister faelle;
    private final HilfevereinbarungRegister register;

    HilfevereinbarungBefehle(CommandGateway befehle, FallRegister faelle, HilfevereinbarungRegister register) {
        this.befehle = befehle;
        this.faelle = faelle;
        this.register = register;
    }

    /** Drafts an agreement on the Fall and returns its id (its version is {@link #VERSION_NACH_ENTWURF}). */
    public UUID entwerfen(UUID fallId, Vereinbarungsinhalt inhalt) {
        UUID hilfevereinbarungId = UUID.randomUUID();
        befehle.sendAndWait(new HilfevereinbarungEntwerfen(hilfevereinbarungId, fallId, inhalt));
        return hilfevereinbarungId;
    }

    /** The office's signature is given by the user who records it; the person signs on paper and the user records that. */
    public long unterschreiben(UUID hilfevereinbarungId, long version, Unterzeichner unterzeichner, LocalDate datum) {
        return befehle.sendAndWait(new HilfevereinbarungUnterzeichnen(hilfevereinbarungId, version, unterzeichner, datum,
                unterzeichner == Unterzeichner.FALLMANAGER ? akteur().benutzer() : null));
    }

    public long senden(EntwurfAendern befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(HilfevereinbarungFortschreiben befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(MassnahmeBeginnen befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(MassnahmeAbschliessen befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(MassnahmeAbbrechen befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(ZielerreichungFeststellen befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(ZielverfehlungFeststellen befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(UeberpruefungDokumentieren befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(PflichtverletzungDokumentieren befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(EinwilligungswiderrufErfassen befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    public long senden(HilfevereinbarungBeenden befehl) {
        return gesendet(befehl.hilfevereinbarungId(), befehl);
    }

    private long gesendet(UUID hilfevereinbarungId, Object befehl) {
        return befehle.sendAndWait(befehl);
    }

    /** The agreement exists and the caller may record acts on it. */
    private void bearbeitbar(UUID id) {
        Akteur akteur = akteur();
        HilfevereinbarungRegister.Eintrag eintrag = register.finde(id)
                .orElseThrow(() -> new NichtGefunden("HILFEVEREINBARUNG_UNBEKANNT", "Eine Hilfevereinbarung mit dieser Kennung gibt es nicht."));
        darfBearbeiten(akteur, eintrag.dienststelle());
    }

    private static void darfBearbeiten(Akteur akteur, String dienststelle) {
        if (!akteur.darfFallBearbeiten(dienststelle)) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF",
                    switch (akteur.rolle()) {
                        case RECHTSPRUEFUNG, REVISION, ADMIN, DATENSCHUTZ ->
                                "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie Hilfevereinbarungen nicht ändern.";
                        default -> "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
                    });
        }
    }
}

package de.fallbuch.query.hilfevereinbarung;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallAbfragen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.FassungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungLesen;
import de.fallbuch.kernel.hilfevereinbarung.FassungenVergleichen;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich;
import de.fallbuch.kernel.hilfevereinbarung.FassungsvergleichLesen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungLesen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStandAmAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenDesFallsLesen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten;
import de.fallbuch.query.common.Abfrageergebnis;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Reads Hilfevereinbarungen, by need to know: Fallmanager and Sachgebietsleitung of the Fall's
 * Dienststelle and the Rechtsprüfung; the Revision sees no personal data and so no agreement. Every
 * read is recorded with the reader the query carries, granted or refused.
 */
@Component
class HilfevereinbarungLeseHandler {

    private final HilfevereinbarungAbfrageHandler vereinbarungen;
    private final QueryGateway abfragen;
    private final Akteneinsicht akteneinsicht;

    HilfevereinbarungLeseHandler(HilfevereinbarungAbfrageHandler vereinbarungen, QueryGateway abfragen, Akteneinsicht akteneinsicht) {
        this.vereinbarungen = vereinbarungen;
        this.abfragen = abfragen;
        this.akteneinsicht = akteneinsicht;
    }

    @QueryHandler
    HilfevereinbarungAnsicht handle(HilfevereinbarungLesen abfrage, MetaData metadaten) {
        HilfevereinbarungAnsicht ansicht = lesbar(AktuellerLeser.aus(metadaten), abfrage.hilfevereinbarungId());
        if (abfrage.stand() == null) {
            return ansicht;
        }
        return vereinbarungen.handle(new HilfevereinbarungStandAmAbfragen(abfrage.hilfevereinbarungId(), abfrage.stand()))
                .orElseThrow(() -> new NichtGefunden("HILFEVEREINBARUNG_ZU_DIESEM_ZEITPUNKT_UNBEKANNT",
                        "Zu diesem Zeitpunkt gab es diese Hilfevereinbarung noch nicht."));
    }

    @QueryHandler
    FassungAnsicht handle(FassungLesen abfrage, MetaData metadaten) {
        lesbar(AktuellerLeser.aus(metadaten), abfrage.hilfevereinbarungId());
        return fassung(abfrage.hilfevereinbarungId(), abfrage.fassung());
    }

    @QueryHandler
    Fassungsvergleich handle(FassungsvergleichLesen abfrage, MetaData metadaten) {
        UUID id = abfrage.hilfevereinbarungId();
        lesbar(AktuellerLeser.aus(metadaten), id);
        fassung(id, abfrage.von());
        fassung(id, abfrage.bis());
        return vereinbarungen.handle(new FassungenVergleichen(id, abfrage.von(), abfrage.bis()))
                .orElseThrow(() -> keineFassung(abfrage.von()));
    }

    /** The Fall's agreements; the read is recorded against the Fall, granted or refused. */
    @QueryHandler
    List<HilfevereinbarungZeile> handle(HilfevereinbarungenDesFallsLesen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        UUID fallId = abfrage.fallId();
        Optional<FallAnsicht> fall = Abfrageergebnis.von(abfragen.query(new FallAbfragen(fallId),
                ResponseTypes.optionalInstanceOf(FallAnsicht.class)));
        if (!darfHilfevereinbarungenLesen(leser)) {
            fall.ifPresent(f -> akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.HILFEVEREINBARUNGEN, false));
            throw keinePersonendaten(leser);
        }
        String dienststelle = fall.orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."))
                .dienststelle();
        akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.HILFEVEREINBARUNGEN, leser.darfFallLesen(dienststelle));
        dienststellePruefen(leser, dienststelle);
        return vereinbarungen.handle(new HilfevereinbarungenZumFallAuflisten(fallId));
    }

    private HilfevereinbarungAnsicht lesbar(Akteur leser, UUID id) {
        Optional<HilfevereinbarungAnsicht> gefunden = vereinbarungen.handle(new HilfevereinbarungAbfragen(id));
        if (!darfHilfevereinbarungenLesen(leser)) {
            gefunden.ifPresent(h -> akteneinsicht.protokollieren(leser, h.fallId(), Akteneinsicht.Was.HILFEVEREINBARUNG, false));
            throw keinePersonendaten(leser);
        }
        HilfevereinbarungAnsicht ansicht = gefunden.orElseThrow(
                () -> new NichtGefunden("HILFEVEREINBARUNG_UNBEKANNT", "Eine Hilfevereinbarung mit dieser Kennung gibt es nicht."));
        boolean gewaehrt = leser.darfFallLesen(ansicht.dienststelle());
        akteneinsicht.protokollieren(leser, ansicht.fallId(), Akteneinsicht.Was.HILFEVEREINBARUNG, gewaehrt);
        dienststellePruefen(leser, ansicht.dienststelle());
        return ansicht;
    }

    private FassungAnsicht fassung(UUID id, int fassung) {
        return vereinbarungen.handle(new FassungAbfragen(id, fassung)).orElseThrow(() -> keineFassung(fassung));
    }

    private static NichtGefunden keineFassung(int fassung) {
        return new NichtGefunden("FASSUNG_UNBEKANNT", "Diese Hilfevereinbarung hat keine Fassung " + fassung + ".");
    }

    private static boolean darfHilfevereinbarungenLesen(Akteur leser) {
        return switch (leser.rolle()) {
            case FALLMANAGER, SACHGEBIETSLEITUNG, RECHTSPRUEFUNG -> true;
            default -> false;
        };
    }

    private static ZugriffVerweigert keinePersonendaten(Akteur leser) {
        return new ZugriffVerweigert("KEINE_PERSONENDATEN", "In Ihrer Rolle " + leser.rolle().bezeichnung()
                + " sehen Sie keine Hilfevereinbarungen, denn sie enthalten personenbezogene Daten.");
    }

    private static void dienststellePruefen(Akteur leser, String dienststelle) {
        if (!leser.darfFallLesen(dienststelle)) {
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE",
                    "Diese Hilfevereinbarung gehört zu einem Fall einer Dienststelle, der Sie nicht zugeordnet sind.");
        }
    }
}

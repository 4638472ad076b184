package de.fallbuch.query.fall;

import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.EntscheidungenAbfragen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FaelleAuflisten;
import de.fallbuch.kernel.fall.FaelleLesen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallFuerDokumenteOeffnen;
import de.fallbuch.kernel.fall.FallLesen;
import de.fallbuch.kernel.fall.FallStandAmAbfragen;
import de.fallbuch.kernel.fall.FallZeile;
import de.fallbuch.kernel.fall.Fallseite;
import de.fallbuch.kernel.fall.FallseiteAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import de.fallbuch.query.antrag.AntraegeZumFall;
import de.fallbuch.query.common.Abfrageergebnis;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.AktuellerLeser;
import de.fallbuch.query.common.Fallakte;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Opening a Fall for reading, for the REST API ({@link FallLesen}) and the Fall page of the UI
 * ({@link FallseiteAbfragen}): both decide and record the read through {@link Fallakte} with the
 * reader the query carries, so each door gets the same answer and the same row in the access log.
 * Also the caller's list of Fälle ({@link FaelleLesen}), by the same need to know.
 */
@Component
class FallakteAbfrageHandler {

    private final Fallakte fallakte;
    private final FallAbfrageHandler faelle;
    private final AntraegeZumFall antraegeZumFall;
    private final QueryGateway abfragen;
    private final Akteneinsicht akteneinsicht;

    FallakteAbfrageHandler(Fallakte fallakte, FallAbfrageHandler faelle, AntraegeZumFall antraegeZumFall, QueryGateway abfragen,
            Akteneinsicht akteneinsicht) {
        this.fallakte = fallakte;
        this.faelle = faelle;
        this.antraegeZumFall = antraegeZumFall;
        this.abfragen = abfragen;
        this.akteneinsicht = akteneinsicht;
    }

    /**
     * The caller's list. A Fallmanager gets their own Fälle unless they ask for a Dienststelle or
     * another Fallmanager of their Dienststellen; the Sachgebietsleitung gets its Dienststellen.
     * Every Fall in the list is recorded as read before the list is returned; a refusal is recorded too.
     */
    @QueryHandler
    List<FallZeile> handle(FaelleLesen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        if (!Fallakte.darfPersonendatenSehen(leser)) {
            akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.FALLLISTE);
            throw Fallakte.keinePersonendaten(leser);
        }
        String dienststelle = abfrage.dienststelle();
        Set<String> dienststellen;
        if (leser.rolle() == Rolle.RECHTSPRUEFUNG) {
            dienststellen = dienststelle == null ? Set.of() : Set.of(dienststelle);
        } else {
            if (dienststelle != null && !leser.dienststellen().contains(dienststelle)) {
                akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.FALLLISTE);
                throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE", "Sie sind der Dienststelle „" + dienststelle + "“ nicht zugeordnet.");
            }
            dienststellen = dienststelle == null ? leser.dienststellen() : Set.of(dienststelle);
        }
        List<FallZeile> liste;
        if (dienststellen.isEmpty() && leser.rolle() != Rolle.RECHTSPRUEFUNG) {
            liste = List.of();
        } else {
            String nurFallmanager = abfrage.fallmanager() != null ? abfrage.fallmanager()
                    : leser.rolle() == Rolle.FALLMANAGER && dienststelle == null ? leser.benutzer() : null;
            liste = faelle.handle(new FaelleAuflisten(dienststellen, nurFallmanager, abfrage.status()));
        }
        akteneinsicht.listeProtokollieren(leser, liste.stream().map(FallZeile::fallId).toList(), Akteneinsicht.Was.FALLLISTE);
        return liste;
    }

    @QueryHandler
    FallAnsicht handle(FallLesen abfrage, MetaData metadaten) {
        return geoeffnet(AktuellerLeser.aus(metadaten), abfrage.fallId(), abfrage.stand()).fall();
    }

    @QueryHandler
    FallAnsicht handle(FallFuerDokumenteOeffnen abfrage, MetaData metadaten) {
        return fallakte.oeffnen(AktuellerLeser.aus(metadaten), abfrage.fallId(),
                abfrage.einzeln() ? Akteneinsicht.Was.DOKUMENT : Akteneinsicht.Was.DOKUMENTE);
    }

    @QueryHandler
    Fallseite handle(FallseiteAbfragen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        Geoeffnet geoeffnet = geoeffnet(leser, abfrage.fallId(), abfrage.stand());
        UUID fallId = abfrage.fallId();
        Instant stand = abfrage.stand();
        // The Fall was found readable above; its Verlauf, Anträge and agreements belong to it.
        List<VerlaufEintrag> verlauf = Abfrageergebnis.von(abfragen.query(new VerlaufAbfragen(fallId, null, null, stand),
                ResponseTypes.multipleInstancesOf(VerlaufEintrag.class)));
        if (stand != null) {
            return new Fallseite(geoeffnet.fall(), verlauf, List.of(), Map.of(), List.of(), Map.of(), false);
        }
        List<AntragAnsicht> antraege = antraegeZumFall.von(geoeffnet.aktuell());
        Map<UUID, List<Entscheidungseintrag>> entscheidungen = new LinkedHashMap<>();
        antraege.forEach(antrag -> entscheidungen.put(antrag.antragId(), Abfrageergebnis.von(abfragen.query(
                new EntscheidungenAbfragen(antrag.antragId()), ResponseTypes.multipleInstancesOf(Entscheidungseintrag.class)))));
        List<HilfevereinbarungZeile> hilfevereinbarungen = Abfrageergebnis.von(abfragen.query(
                new HilfevereinbarungenZumFallAuflisten(fallId), ResponseTypes.multipleInstancesOf(HilfevereinbarungZeile.class)));
        Map<UUID, HilfevereinbarungAnsicht> vereinbarungen = new HashMap<>();
        hilfevereinbarungen.forEach(h -> Abfrageergebnis.von(abfragen.query(new HilfevereinbarungAbfragen(h.hilfevereinbarungId()),
                        ResponseTypes.optionalInstanceOf(HilfevereinbarungAnsicht.class)))
                .ifPresent(ansicht -> vereinbarungen.put(h.hilfevereinbarungId(), ansicht)));
        return new Fallseite(geoeffnet.fall(), verlauf, antraege, entscheidungen, hilfevereinbarungen, vereinbarungen,
                leser.darfFallBearbeiten(geoeffnet.aktuell().dienststelle()));
    }

    /** The Fall now (access decided and recorded on it) and, with a stand, as it was then. */
    private Geoeffnet geoeffnet(Akteur leser, UUID fallId, Instant stand) {
        FallAnsicht aktuell = fallakte.oeffnen(leser, fallId, stand == null ? Akteneinsicht.Was.FALL : Akteneinsicht.Was.FALL_STAND_AM);
        if (stand == null) {
            return new Geoeffnet(aktuell, aktuell);
        }
        FallAnsicht damals = faelle.handle(new FallStandAmAbfragen(fallId, stand))
                .orElseThrow(() -> new NichtGefunden("FALL_ZU_DIESEM_ZEITPUNKT_UNBEKANNT",
                        "Zu diesem Zeitpunkt gab es diesen Fall noch nicht."));
        return new Geoeffnet(aktuell, damals);
    }

    private record Geoeffnet(FallAnsicht aktuell, FallAnsicht fall) {
    }
}

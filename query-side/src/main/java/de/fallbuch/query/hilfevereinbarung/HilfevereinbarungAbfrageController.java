package de.fallbuch.query.hilfevereinbarung;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallAbfragen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.FassungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungenVergleichen;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStandAmAbfragen;
import de.fallbuch.query.common.Akteneinsicht;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads Hilfevereinbarungen, by need to know: Fallmanager and Sachgebietsleitung of the Fall's
 * Dienststelle and the Rechtsprüfung; the Revision sees no personal data and so no agreement.
 * {@code ?version=N} returns Fassung N exactly as it was signed.
 */
@RestController
class HilfevereinbarungAbfrageController {

    private final QueryGateway abfragen;
    private final Akteneinsicht akteneinsicht;

    HilfevereinbarungAbfrageController(QueryGateway abfragen, Akteneinsicht akteneinsicht) {
        this.abfragen = abfragen;
        this.akteneinsicht = akteneinsicht;
    }

    /**
     * The agreement as it stands now; with {@code version} one of its Fassungen as a document; with
     * {@code stand} the agreement exactly as it was at that instant (rebuilt from its events).
     */
    @GetMapping("/api/hilfevereinbarungen/{id}")
    Object hilfevereinbarung(@PathVariable UUID id, @RequestParam Optional<Integer> version,
            @RequestParam Optional<Instant> stand) {
        HilfevereinbarungAnsicht ansicht = lesbar(id);
        if (stand.isPresent()) {
            return abfragen.query(new HilfevereinbarungStandAmAbfragen(id, stand.get()),
                            ResponseTypes.optionalInstanceOf(HilfevereinbarungAnsicht.class)).join()
                    .orElseThrow(() -> new NichtGefunden("HILFEVEREINBARUNG_ZU_DIESEM_ZEITPUNKT_UNBEKANNT",
                            "Zu diesem Zeitpunkt gab es diese Hilfevereinbarung noch nicht."));
        }
        if (version.isEmpty()) {
            return ansicht;
        }
        return fassung(id, version.get());
    }

    @GetMapping("/api/hilfevereinbarungen/{id}/vergleich")
    Fassungsvergleich vergleich(@PathVariable UUID id, @RequestParam Optional<Integer> von, @RequestParam Optional<Integer> bis) {
        if (von.isEmpty() || bis.isEmpty()) {
            throw new UngueltigeAngabe(von.isEmpty() ? "von" : "bis",
                    "Bitte angeben, welche Fassungen verglichen werden sollen (von und bis, z. B. ?von=1&bis=2).");
        }
        lesbar(id);
        fassung(id, von.get());
        fassung(id, bis.get());
        return abfragen.query(new FassungenVergleichen(id, von.get(), bis.get()),
                        ResponseTypes.optionalInstanceOf(Fassungsvergleich.class)).join()
                .orElseThrow(() -> keineFassung(von.get()));
    }

    /** The Fall's agreements; the read is recorded against the Fall, granted or refused. */
    @GetMapping("/api/faelle/{fallId}/hilfevereinbarungen")
    List<HilfevereinbarungZeile> zumFall(@PathVariable UUID fallId) {
        Akteur leser = leser();
        Optional<FallAnsicht> fall = abfragen.query(new FallAbfragen(fallId), ResponseTypes.optionalInstanceOf(FallAnsicht.class)).join();
        if (!darfHilfevereinbarungenLesen(leser)) {
            fall.ifPresent(f -> akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.HILFEVEREINBARUNGEN, false));
            throw keinePersonendaten(leser);
        }
        String dienststelle = fall.orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."))
                .dienststelle();
        akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.HILFEVEREINBARUNGEN, leser.darfFallLesen(dienststelle));
        dienststellePruefen(leser, dienststelle);
        return abfragen.query(new HilfevereinbarungenZumFallAuflisten(fallId),
                ResponseTypes.multipleInstancesOf(HilfevereinbarungZeile.class)).join();
    }

    private HilfevereinbarungAnsicht lesbar(UUID id) {
        Akteur leser = leser();
        Optional<HilfevereinbarungAnsicht> gefunden = abfragen.query(new HilfevereinbarungAbfragen(id),
                ResponseTypes.optionalInstanceOf(HilfevereinbarungAnsicht.class)).join();
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
        return abfragen.query(new FassungAbfragen(id, fassung), ResponseTypes.optionalInstanceOf(FassungAnsicht.class)).join()
                .orElseThrow(() -> keineFassung(fassung));
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

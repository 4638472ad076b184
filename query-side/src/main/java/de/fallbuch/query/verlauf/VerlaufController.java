package de.fallbuch.query.verlauf;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallAbfragen;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.verlauf.Aggregat;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import de.fallbuch.query.common.Akteneinsicht;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Verlauf of a Fall, for those who may read the Fall. */
@RestController
class VerlaufController {

    private final QueryGateway abfragen;
    private final Akteneinsicht akteneinsicht;

    VerlaufController(QueryGateway abfragen, Akteneinsicht akteneinsicht) {
        this.abfragen = abfragen;
        this.akteneinsicht = akteneinsicht;
    }

    @GetMapping("/api/faelle/{fallId}/verlauf")
    List<VerlaufEintrag> verlauf(@PathVariable UUID fallId, @RequestParam Optional<Aggregat> aggregat,
            @RequestParam Optional<Instant> von, @RequestParam Optional<Instant> bis) {
        Akteur leser = leser();
        FallAnsicht fall = abfragen.query(new FallAbfragen(fallId), ResponseTypes.optionalInstanceOf(FallAnsicht.class)).join()
                .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", "Einen Fall mit dieser Kennung gibt es nicht."));
        boolean gewaehrt = leser.darfFallLesen(fall.dienststelle());
        akteneinsicht.protokollieren(leser, fallId, Akteneinsicht.Was.VERLAUF, gewaehrt);
        if (!gewaehrt) {
            throw new ZugriffVerweigert("KEIN_LESEZUGRIFF", switch (leser.rolle()) {
                case REVISION, ADMIN, SYSTEM -> "In Ihrer Rolle " + leser.rolle().bezeichnung() + " sehen Sie keine personenbezogenen Verläufe.";
                default -> "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.";
            });
        }
        if (von.isPresent() && bis.isPresent() && !von.get().isBefore(bis.get())) {
            throw new UngueltigeAngabe("bis", "Das Ende des Zeitraums muss nach seinem Anfang liegen.");
        }
        return abfragen.query(new VerlaufAbfragen(fallId, aggregat.orElse(null), von.orElse(null), bis.orElse(null)),
                ResponseTypes.multipleInstancesOf(VerlaufEintrag.class)).join();
    }
}

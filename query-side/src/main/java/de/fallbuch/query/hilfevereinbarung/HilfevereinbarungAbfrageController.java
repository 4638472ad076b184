package de.fallbuch.query.hilfevereinbarung;

import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.hilfevereinbarung.FassungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungLesen;
import de.fallbuch.kernel.hilfevereinbarung.Fassungsvergleich;
import de.fallbuch.kernel.hilfevereinbarung.FassungsvergleichLesen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungLesen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenDesFallsLesen;
import de.fallbuch.query.common.Abfrageergebnis;
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

/**
 * Reads Hilfevereinbarungen; who may, and the record of the read, are decided by
 * {@link HilfevereinbarungLeseHandler}. {@code ?version=N} returns Fassung N exactly as it was signed.
 */
@RestController
class HilfevereinbarungAbfrageController {

    private final QueryGateway abfragen;

    HilfevereinbarungAbfrageController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    /**
     * The agreement as it stands now; with {@code version} one of its Fassungen as a document; with
     * {@code stand} the agreement exactly as it was at that instant (rebuilt from its events).
     */
    @GetMapping("/api/hilfevereinbarungen/{id}")
    Object hilfevereinbarung(@PathVariable UUID id, @RequestParam Optional<Integer> version,
            @RequestParam Optional<Instant> stand) {
        if (stand.isEmpty() && version.isPresent()) {
            return Abfrageergebnis.von(abfragen.query(new FassungLesen(id, version.get()), FassungAnsicht.class));
        }
        return Abfrageergebnis.von(abfragen.query(new HilfevereinbarungLesen(id, stand.orElse(null)), HilfevereinbarungAnsicht.class));
    }

    @GetMapping("/api/hilfevereinbarungen/{id}/vergleich")
    Fassungsvergleich vergleich(@PathVariable UUID id, @RequestParam Optional<Integer> von, @RequestParam Optional<Integer> bis) {
        if (von.isEmpty() || bis.isEmpty()) {
            throw new UngueltigeAngabe(von.isEmpty() ? "von" : "bis",
                    "Bitte angeben, welche Fassungen verglichen werden sollen (von und bis, z. B. ?von=1&bis=2).");
        }
        return Abfrageergebnis.von(abfragen.query(new FassungsvergleichLesen(id, von.get(), bis.get()), Fassungsvergleich.class));
    }

    /** The Fall's agreements; the read is recorded against the Fall, granted or refused. */
    @GetMapping("/api/faelle/{fallId}/hilfevereinbarungen")
    List<HilfevereinbarungZeile> zumFall(@PathVariable UUID fallId) {
        return Abfrageergebnis.von(abfragen.query(new HilfevereinbarungenDesFallsLesen(fallId),
                ResponseTypes.multipleInstancesOf(HilfevereinbarungZeile.class)));
    }
}

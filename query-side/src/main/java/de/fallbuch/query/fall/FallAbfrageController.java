package de.fallbuch.query.fall;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.query.common.Abfrageergebnis;
import de.fallbuch.query.common.Akteneinsicht;
import de.fallbuch.query.common.Fallakte;
import de.fallbuch.kernel.fall.FaelleAuflisten;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.FallLesen;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.FallZeile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads Fälle, by need to know: Fallmanager and Sachgebietsleitung see the Fälle of their own
 * Dienststellen, Rechtsprüfung sees all, Revision sees no personal data and so no Fall.
 */
@RestController
@RequestMapping("/api/faelle")
class FallAbfrageController {

    private final QueryGateway abfragen;
    private final Akteneinsicht akteneinsicht;

    FallAbfrageController(QueryGateway abfragen, Akteneinsicht akteneinsicht) {
        this.abfragen = abfragen;
        this.akteneinsicht = akteneinsicht;
    }

    /** The Fall now, or with {@code ?stand=<instant>} exactly as it was then (rebuilt from its events). */
    @GetMapping("/{fallId}")
    FallAnsicht fall(@PathVariable UUID fallId, @RequestParam Optional<Instant> stand) {
        return Abfrageergebnis.von(abfragen.query(new FallLesen(fallId, stand.orElse(null)), FallAnsicht.class));
    }

    /**
     * The caller's list. A Fallmanager gets their own Fälle unless they ask for a Dienststelle or
     * another Fallmanager of their Dienststellen; the Sachgebietsleitung gets its Dienststellen.
     * Every Fall in the list is recorded as read before the list is returned; a refusal is recorded too.
     */
    @GetMapping
    List<FallZeile> faelle(@RequestParam Optional<String> dienststelle, @RequestParam Optional<String> fallmanager,
            @RequestParam Optional<FallStatus> status) {
        Akteur leser = leser();
        if (!Fallakte.darfPersonendatenSehen(leser)) {
            akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.FALLLISTE);
            throw Fallakte.keinePersonendaten(leser);
        }
        Set<String> dienststellen = switch (leser.rolle()) {
            case RECHTSPRUEFUNG -> dienststelle.map(Set::of).orElse(Set.of());
            default -> {
                if (dienststelle.isPresent() && !leser.dienststellen().contains(dienststelle.get())) {
                    akteneinsicht.listeVerweigert(leser, Akteneinsicht.Was.FALLLISTE);
                    throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE",
                            "Sie sind der Dienststelle „" + dienststelle.get() + "“ nicht zugeordnet.");
                }
                yield dienststelle.map(Set::of).orElse(leser.dienststellen());
            }
        };
        List<FallZeile> faelle;
        if (dienststellen.isEmpty() && leser.rolle() != Rolle.RECHTSPRUEFUNG) {
            faelle = List.of();
        } else {
            String nurFallmanager = fallmanager.orElse(
                    leser.rolle() == Rolle.FALLMANAGER && dienststelle.isEmpty() ? leser.benutzer() : null);
            faelle = abfragen.query(new FaelleAuflisten(dienststellen, nurFallmanager, status.orElse(null)),
                    ResponseTypes.multipleInstancesOf(FallZeile.class)).join();
        }
        akteneinsicht.listeProtokollieren(leser, faelle.stream().map(FallZeile::fallId).toList(), Akteneinsicht.Was.FALLLISTE);
        return faelle;
    }
}

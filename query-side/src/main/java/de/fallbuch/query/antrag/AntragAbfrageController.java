package de.fallbuch.query.antrag;

import static de.fallbuch.query.common.AktuellerLeser.leser;

import de.fallbuch.kernel.antrag.AntragAbfragen;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads an Antrag, by the same need to know as its Fall: Fallmanager and Sachgebietsleitung of
 * the Fall's Dienststelle, Rechtsprüfung everywhere; Revision sees no personal data.
 */
@RestController
@RequestMapping("/api/antraege")
class AntragAbfrageController {

    private final QueryGateway abfragen;

    AntragAbfrageController(QueryGateway abfragen) {
        this.abfragen = abfragen;
    }

    @GetMapping("/{antragId}")
    AntragAnsicht antrag(@PathVariable UUID antragId) {
        Akteur leser = leser();
        switch (leser.rolle()) {
            case FALLMANAGER, SACHGEBIETSLEITUNG, RECHTSPRUEFUNG -> {
            }
            default -> throw new ZugriffVerweigert("KEINE_PERSONENDATEN",
                    "In Ihrer Rolle " + leser.rolle().bezeichnung() + " sehen Sie keine Anträge mit personenbezogenen Daten.");
        }
        Optional<AntragAnsicht> antrag = abfragen.query(new AntragAbfragen(antragId),
                ResponseTypes.optionalInstanceOf(AntragAnsicht.class)).join();
        AntragAnsicht ansicht = antrag.orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."));
        if (!leser.darfFallLesen(ansicht.dienststelle())) {
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE",
                    "Der Fall dieses Antrags wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.");
        }
        return ansicht;
    }
}

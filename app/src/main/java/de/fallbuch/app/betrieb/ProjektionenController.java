package de.fallbuch.app.betrieb;

import de.fallbuch.kernel.common.NichtGefunden;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the views, for the role Administration only (see the security configuration). */
@RestController
@RequestMapping("/api/admin/projektionen")
class ProjektionenController {

    private final Projektionen projektionen;

    ProjektionenController(Projektionen projektionen) {
        this.projektionen = projektionen;
    }

    @GetMapping
    List<Projektionen.Stand> alle() {
        return projektionen.alle();
    }

    @GetMapping("/{name}")
    Projektionen.Stand eine(@PathVariable String name) {
        return projektionen.stand(name).orElseThrow(() -> unbekannt(name));
    }

    /** Starts the rebuild and answers at once; the progress is read from the view's state. */
    @PostMapping("/{name}/neuaufbau")
    ResponseEntity<Projektionen.Stand> neuAufbauen(@PathVariable String name) {
        if (!projektionen.neuAufbauen(name)) {
            throw unbekannt(name);
        }
        return ResponseEntity.accepted().location(URI.create("/api/admin/projektionen/" + name))
                .body(projektionen.stand(name).orElseThrow());
    }

    private static NichtGefunden unbekannt(String name) {
        return new NichtGefunden("PROJEKTION_UNBEKANNT", "Eine neu aufbaubare Ansicht „" + name + "“ gibt es nicht.");
    }
}

package de.fallbuch.app.integritaet;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seal for the Administration and the Rechtsprüfung (see the security configuration). */
@RestController
@RequestMapping("/api/admin")
class IntegritaetController {

    private final Integritaet integritaet;
    private final Siegelbuch siegelbuch;

    IntegritaetController(Integritaet integritaet, Siegelbuch siegelbuch) {
        this.integritaet = integritaet;
        this.siegelbuch = siegelbuch;
    }

    /** Optionally a Tagessiegel deposited outside: its day and its hash (64 hex digits, spaces allowed). */
    record Pruefauftrag(LocalDate tag, String hash) {
    }

    /** Verifies every sealed event now; answers 200 with the outcome, a forgery included (the check itself worked). */
    @PostMapping("/integritaet")
    Pruefergebnis pruefen(@RequestBody(required = false) Pruefauftrag auftrag, Principal wer) {
        return integritaet.pruefen(vorgabe(auftrag), wer.getName());
    }

    @GetMapping("/tagessiegel")
    List<Tagessiegel> tagessiegel() {
        return siegelbuch.tagessiegel();
    }

    static Integritaetspruefung.Vorgabe vorgabe(Pruefauftrag auftrag) {
        return auftrag == null ? null : Integritaetspruefung.Vorgabe.aus(auftrag.tag(), auftrag.hash());
    }
}

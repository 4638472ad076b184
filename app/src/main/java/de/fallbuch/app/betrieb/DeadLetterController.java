package de.fallbuch.app.betrieb;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead letters of the views, for the role Administration only (the security configuration
 * guards {@code /api/admin/**}): list, inspect, retry one or all, skip one with a reason.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The reason an operator gives for skipping an event. */
    record Ueberspringen(String grund) {
    }

    @GetMapping
    List<DeadLetters.Projektion> alle() {
        return deadLetters.projektionen().stream().map(deadLetters::liste).toList();
    }

    @GetMapping("/{projektion}")
    DeadLetters.Projektion eineProjektion(@PathVariable String projektion) {
        return deadLetters.liste(projektion);
    }

    @GetMapping("/{projektion}/{id}")
    DeadLetters.Detail einer(@PathVariable String projektion, @PathVariable String id) {
        return deadLetters.detail(projektion, id);
    }

    @PostMapping("/{projektion}/wiederholung")
    DeadLetters.Wiederholung alleWiederholen(@PathVariable String projektion) {
        return deadLetters.alleErneutVerarbeiten(projektion);
    }

    @PostMapping("/{projektion}/{id}/wiederholung")
    DeadLetters.Wiederholung wiederholen(@PathVariable String projektion, @PathVariable String id) {
        return deadLetters.erneutVerarbeiten(projektion, id);
    }

    @PostMapping("/{projektion}/{id}/ueberspringen")
    DeadLetters.Uebersprungen ueberspringen(@PathVariable String projektion, @PathVariable String id,
            @RequestBody(required = false) Ueberspringen anfrage, Principal wer) {
        return deadLetters.ueberspringen(projektion, id, anfrage == null ? null : anfrage.grund(), wer.getName());
    }
}

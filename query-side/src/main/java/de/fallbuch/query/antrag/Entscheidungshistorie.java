package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.query.common.Fallakte;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Every decision on an Antrag in order, with reasons and who decided (§ 35 SGB X), read from the
 * Antrag's own events: decisions are never edited, a later one supersedes an earlier one, and both
 * stay. Takes the Antrag as the caller may already see it: it belongs to a Fall that was opened
 * through {@link Fallakte}, which decided the access and recorded the read.
 */
@Component
public class Entscheidungshistorie {

    /** One decision or approval as it was recorded. {@code betragMonatlichCent} only for a grant. */
    public record Eintrag(Instant zeitpunkt, String was, Long betragMonatlichCent, LocalDate von, LocalDate bis,
            String rechtsgrundlage, String begruendung, LocalDate am, String wer, String rolle) {
    }

    private final EventStore ereignisse;

    Entscheidungshistorie(EventStore ereignisse) {
        this.ereignisse = ereignisse;
    }

    public List<Eintrag> von(AntragAnsicht antrag) {
        return ereignisse.readEvents(antrag.antragId().toString(), 0).asStream()
                .map(Entscheidungshistorie::eintrag)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Eintrag> eintrag(DomainEventMessage<?> nachricht) {
        Instant zeit = nachricht.getTimestamp();
        String rolle = String.valueOf(nachricht.getMetaData().getOrDefault(Metadaten.ROLLE, ""));
        Object p = nachricht.getPayload();
        // Java 17: no pattern matching in switch yet.
        if (p instanceof AntragBewilligt e) {
            return Optional.of(new Eintrag(zeit, e.freigabeErforderlich() ? "Bewilligung (Freigabe erforderlich)" : "Bewilligung",
                    e.betragMonatlichCent(), e.bewilligungVon(), e.bewilligungBis(), e.rechtsgrundlage(), e.begruendung(),
                    e.entschiedenAm(), e.entschiedenVon(), rolle));
        }
        if (p instanceof AntragAbgelehnt e) {
            return Optional.of(new Eintrag(zeit, "Ablehnung", null, null, null, e.rechtsgrundlage(), e.begruendung(),
                    e.entschiedenAm(), e.entschiedenVon(), rolle));
        }
        if (p instanceof AntragVersagt e) {
            return Optional.of(new Eintrag(zeit, "Versagung wegen fehlender Mitwirkung (§ 66 SGB I)", null, null, null,
                    e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), rolle));
        }
        if (p instanceof BewilligungFreigegeben e) {
            return Optional.of(new Eintrag(zeit, "Freigabe der Bewilligung (Vier-Augen-Prinzip)", null, null, null,
                    null, e.vermerk(), e.freigegebenAm(), e.freigegebenVon(), rolle));
        }
        if (p instanceof WiderspruchAbgeholfen e) {
            return Optional.of(new Eintrag(zeit, "Abhilfe des Widerspruchs (§ 85 Abs. 1 SGG)", null, null, null,
                    "§ 85 Abs. 1 SGG", e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), rolle));
        }
        if (p instanceof WiderspruchZurueckgewiesen e) {
            return Optional.of(new Eintrag(zeit, e.verfristet()
                    ? "Zurückweisung des verspäteten Widerspruchs" : "Zurückweisung des Widerspruchs (§ 85 Abs. 2 SGG)",
                    null, null, null, e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), rolle));
        }
        if (p instanceof BewilligungAufgehoben e) {
            return Optional.of(new Eintrag(zeit, "Aufhebung der Bewilligung (§ 48 SGB X)", null, e.aufgehobenAb(), null,
                    e.rechtsgrundlage(), e.begruendung(), e.entschiedenAm(), e.entschiedenVon(), rolle));
        }
        return Optional.empty();
    }
}

package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.Pruefung;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Ask the person for documents by a deadline (Mitwirkung, §60 SGB I). With {@code mitRechtsfolgenbelehrung}
 * the request warns in writing that help may be refused if the deadline passes (§66 Abs. 3 SGB I); {@code rechtsfolgenbelehrung}
 * replaces the office's standard wording. Not given, it is {@code true}.
 */
public record UnterlagenAnfordern(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        UUID anforderungId,
        List<String> unterlagen,
        LocalDate frist,
        Boolean mitRechtsfolgenbelehrung,
        String rechtsfolgenbelehrung) {

    public UnterlagenAnfordern {
        // A null entry is kept so the handler can refuse it with a message instead of a NullPointerException here.
        unterlagen = Pruefung.kopie(unterlagen);
        // Unless said otherwise the request warns in writing: that is the office's rule.
        mitRechtsfolgenbelehrung = mitRechtsfolgenbelehrung == null || mitRechtsfolgenbelehrung;
    }
}

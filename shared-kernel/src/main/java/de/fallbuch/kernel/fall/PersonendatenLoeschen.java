package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the personal data of a closed Fall whose retention period has ended (Sachgebietsleitung).
 * {@code rechtsgrundlage} and {@code begruendung} are recorded in clear and must not name the person.
 */
public record PersonendatenLoeschen(@TargetAggregateIdentifier UUID fallId, String rechtsgrundlage, String begruendung) {
}

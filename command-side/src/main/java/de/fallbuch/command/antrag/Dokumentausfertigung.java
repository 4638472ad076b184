package de.fallbuch.command.antrag;

import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.common.Dokumentart;
import de.fallbuch.kernel.common.Dokumentnachweis;
import java.util.UUID;

/**
 * Issues the document of an act before its event is applied (issue 16): renders it from the act's data,
 * the Antrag's earlier events and the Fall's addressee with the office's current template, keeps the
 * template version, and returns the proof that goes into the event. If the document cannot be made, the
 * act does not happen (the exception ends the command; nothing is stored).
 *
 * <p>Implemented by the app (it needs the event store and the PDF renderer); the command side only asks.
 */
public interface Dokumentausfertigung {

    /**
     * @param art        which document
     * @param dokumentId the act's id (decision, request or hearing): the document's id
     * @param akt        the act's event as it will be applied, without proof
     * @return the proof of the issued document
     */
    Dokumentnachweis ausfertigen(Dokumentart art, UUID dokumentId, AntragEreignis akt);
}

package de.fallbuch.app.dokumente;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.fallbuch.app.web.Problemantworten;
import de.fallbuch.command.antrag.Dokumentausfertigung;
import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.common.Dokumentart;
import de.fallbuch.kernel.common.Dokumentnachweis;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The documents of an Antrag (issue 16): issued with each act ({@link Dokumentausfertigung}) and reprinted from
 * the events. Nothing but the proof in the event and the template version is stored; a reprint renders the
 * document again from the same events, the same Fall position and the same template version, and must give the
 * same bytes, which is checked against the recorded SHA-256 before the document leaves the service.
 *
 * <p>After the person's data were erased (crypto-shredding) the original can no longer be rendered: the reprint
 * names no one ("[gelöscht]" for addressee and free texts), says so on the page and is marked as not the
 * original ({@link Nachdruck#originalgetreu()} false); the recorded hash still proves what was issued.
 *
 * <p>Access checks are the callers' (the controllers open the Fall's file first).
 */
@Component
public class Dokumente implements Dokumentausfertigung {

    private final EventStore ereignisse;
    private final Dokumenteinstellungen einstellungen;
    private final Vorlagen vorlagen;
    private final Vorlagenarchiv archiv;
    private final Dokumentdruck druck;
    // A plain mapper of its own: the office's details are part of a template version, so their serialized form
    // must not change with the service's JSON settings.
    private final ObjectMapper json = JsonMapper.builder().build();

    Dokumente(EventStore ereignisse, Dokumenteinstellungen einstellungen, Vorlagen vorlagen, Vorlagenarchiv archiv,
            Dokumentdruck druck) {
        this.ereignisse = ereignisse;
        this.einstellungen = einstellungen;
        this.vorlagen = vorlagen;
        this.archiv = archiv;
        this.druck = druck;
    }

    /** One document of an Antrag as listed (no personal data: kind, day, hashes). */
    public record Eintrag(UUID dokumentId, Dokumentart art, String bezeichnung, LocalDate datum, String sha256,
            String vorlageSha256, boolean rechtsbehelfsbelehrung) {
    }

    /** A reprint: the PDF, its proof, and whether it is the original byte for byte. */
    public record Nachdruck(byte[] pdf, Dokumentnachweis nachweis, LocalDate datum, String aktenzeichen, boolean originalgetreu) {
    }

    @Override
    public Dokumentnachweis ausfertigen(Dokumentart art, UUID dokumentId, AntragEreignis akt) {
        // The aggregate was loaded from exactly these events; the act is not stored yet.
        List<Object> frueher = inhalte(ereignisseVon(akt.antragId()));
        UUID fallId = antragGestellt(frueher).map(AntragGestellt::fallId)
                .orElseThrow(() -> new IllegalStateException("Antrag " + akt.antragId() + " ohne AntragGestellt"));
        List<? extends DomainEventMessage<?>> fall = ereignisseVon(fallId);
        if (fall.isEmpty()) {
            throw new IllegalStateException("Fall " + fallId + " ohne Ereignisse");
        }
        long fallStand = fall.get(fall.size() - 1).getSequenceNumber();
        Dokumentinhalt.Fallangaben angaben = Dokumentinhalt.Fallangaben.aus(inhalte(fall), geloescht(fall));
        Dokumenteinstellungen.Amt amt = einstellungen.fuer(angaben.dienststelle());
        Vorlagenfassung fassung = Vorlagenfassung.von(art.vorlage(), vorlagen.quelle(art.vorlage()), alsJson(amt), druck.schriftSha256());
        archiv.sichern(fassung);
        Dokumentdruck.Gedruckt gedruckt = druck.drucken(fassung, Dokumentinhalt.aus(art, dokumentId, akt, frueher, angaben, amt),
                tag(akt), dokumentId);
        return new Dokumentnachweis(dokumentId, art, gedruckt.sha256(), fassung.sha256(), fallStand, gedruckt.rechtsbehelfsbelehrung());
    }

    /** The Fall an Antrag belongs to, from its first event; {@code 404} if there is no such Antrag. */
    public UUID fallDesAntrags(UUID antragId) {
        return antragGestellt(inhalte(ereignisseVon(antragId)))
                .orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."))
                .fallId();
    }

    /** The Antrag's documents in the order they were issued. */
    public List<Eintrag> liste(UUID antragId) {
        List<Eintrag> liste = new ArrayList<>();
        for (DomainEventMessage<?> ereignis : ereignisseVon(antragId)) {
            if (ereignis.getPayload() instanceof AntragEreignis akt) {
                Dokumentnachweis n = nachweis(akt);
                if (n != null) {
                    liste.add(new Eintrag(n.dokumentId(), n.art(), n.art().bezeichnung(), tag(akt), n.sha256(), n.vorlageSha256(),
                            n.rechtsbehelfsbelehrung()));
                }
            }
        }
        return liste;
    }

    /**
     * Renders an issued document again from the events. {@code 404} for a document the Antrag does not have;
     * {@code 409 DOKUMENT_NICHT_REPRODUZIERBAR} if the person's data are intact and the bytes still differ from
     * the recorded hash (a changed library or font): then the service shows nothing rather than a different text.
     */
    public Nachdruck nachdrucken(UUID antragId, UUID dokumentId) {
        List<? extends DomainEventMessage<?>> antrag = ereignisseVon(antragId);
        List<Object> frueher = new ArrayList<>();
        AntragEreignis akt = null;
        for (DomainEventMessage<?> ereignis : antrag) {
            Object inhalt = ereignis.getPayload();
            if (inhalt instanceof AntragEreignis a && nachweis(a) != null && nachweis(a).dokumentId().equals(dokumentId)) {
                akt = a;
                break;
            }
            frueher.add(inhalt);
        }
        if (akt == null) {
            throw new NichtGefunden("DOKUMENT_UNBEKANNT", "Zu diesem Antrag gibt es kein Dokument mit dieser Kennung.");
        }
        Dokumentnachweis n = nachweis(akt);
        UUID fallId = antragGestellt(frueher).orElseThrow().fallId();
        List<? extends DomainEventMessage<?>> fall = ereignisseVon(fallId);
        boolean geloescht = geloescht(fall);
        Dokumentinhalt.Fallangaben angaben = Dokumentinhalt.Fallangaben.aus(
                inhalte(fall.stream().filter(e -> e.getSequenceNumber() <= n.fallStand()).toList()), geloescht);
        Vorlagenfassung fassung = archiv.laden(n.vorlageSha256()).filter(Vorlagenfassung::unversehrt)
                .orElseThrow(() -> nichtReproduzierbar("Die Vorlagenfassung " + n.vorlageSha256() + " des Dokuments fehlt oder ist verändert."));
        Dokumenteinstellungen.Amt amt = ausJson(fassung.amt());
        Dokumentdruck.Gedruckt gedruckt = druck.drucken(fassung, Dokumentinhalt.aus(n.art(), dokumentId, akt, frueher, angaben, amt),
                tag(akt), dokumentId);
        boolean originalgetreu = gedruckt.sha256().equals(n.sha256());
        if (!originalgetreu && !geloescht) {
            throw nichtReproduzierbar("Der Nachdruck weicht vom ausgefertigten Dokument ab (SHA-256 " + n.sha256()
                    + "). Bitte die Administration verständigen; das Dokument wird nicht verändert ausgegeben.");
        }
        return new Nachdruck(gedruckt.pdf(), n, tag(akt), angaben.aktenzeichen(), originalgetreu);
    }

    /** The proof of the document an act was issued with, or {@code null} (no document, or an event from before). */
    static Dokumentnachweis nachweis(AntragEreignis akt) {
        if (akt instanceof AntragBewilligt e) {
            return e.dokument();
        } else if (akt instanceof AntragAbgelehnt e) {
            return e.dokument();
        } else if (akt instanceof AntragVersagt e) {
            return e.dokument();
        } else if (akt instanceof BewilligungAufgehoben e) {
            return e.dokument();
        } else if (akt instanceof WiderspruchZurueckgewiesen e) {
            return e.dokument();
        } else if (akt instanceof UnterlagenAngefordert e) {
            return e.dokument();
        } else if (akt instanceof AnhoerungEingeleitet e) {
            return e.dokument();
        }
        return null;
    }

    /** The act's day: the document's date and its PDF creation date. */
    static LocalDate tag(AntragEreignis akt) {
        if (akt instanceof AntragBewilligt e) {
            return e.entschiedenAm();
        } else if (akt instanceof AntragAbgelehnt e) {
            return e.entschiedenAm();
        } else if (akt instanceof AntragVersagt e) {
            return e.entschiedenAm();
        } else if (akt instanceof BewilligungAufgehoben e) {
            return e.entschiedenAm();
        } else if (akt instanceof WiderspruchZurueckgewiesen e) {
            return e.entschiedenAm();
        } else if (akt instanceof UnterlagenAngefordert e) {
            return e.angefordertAm();
        } else if (akt instanceof AnhoerungEingeleitet e) {
            return e.eingeleitetAm();
        }
        throw new IllegalArgumentException("Zu " + akt.getClass().getSimpleName() + " gibt es kein Dokument");
    }

    private List<? extends DomainEventMessage<?>> ereignisseVon(UUID aggregatId) {
        return ereignisse.readEvents(aggregatId.toString()).asStream().toList();
    }

    private static List<Object> inhalte(List<? extends DomainEventMessage<?>> ereignisse) {
        List<Object> inhalte = new ArrayList<>(ereignisse.size());
        ereignisse.forEach(e -> inhalte.add(e.getPayload()));
        return inhalte;
    }

    private static Optional<AntragGestellt> antragGestellt(List<Object> ereignisse) {
        return ereignisse.isEmpty() || !(ereignisse.get(0) instanceof AntragGestellt gestellt) ? Optional.empty() : Optional.of(gestellt);
    }

    private static boolean geloescht(List<? extends DomainEventMessage<?>> fall) {
        return fall.stream().anyMatch(e -> e.getPayload() instanceof PersonendatenGeloescht);
    }

    private String alsJson(Dokumenteinstellungen.Amt amt) {
        try {
            return json.writeValueAsString(amt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Dokumenteinstellungen.Amt ausJson(String amt) {
        try {
            return json.readValue(amt, Dokumenteinstellungen.Amt.class);
        } catch (JsonProcessingException e) {
            throw nichtReproduzierbar("Die Angaben des Amts in der Vorlagenfassung sind nicht lesbar.");
        }
    }

    private static ErrorResponseException nichtReproduzierbar(String detail) {
        return new ErrorResponseException(HttpStatus.CONFLICT,
                Problemantworten.problem(HttpStatus.CONFLICT, "DOKUMENT_NICHT_REPRODUZIERBAR", detail), null);
    }
}

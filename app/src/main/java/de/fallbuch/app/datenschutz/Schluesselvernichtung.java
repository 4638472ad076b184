package de.fallbuch.app.datenschutz;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.kernel.fall.PersonendatenLoeschen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Destroys the keys of a Fall when its erasure is recorded ({@link PersonendatenGeloescht}), in the
 * same transaction (a subscribing processor): either both happen or neither. After the commit the
 * erasure is also appended to the erasure journal {@code <data-dir>/datenschutz/loeschprotokoll.jsonl}
 * (one JSON line per erasure, no personal data), which an office keeps apart from its database
 * backups.
 *
 * <p>On every start the erasures are applied again: every {@code PersonendatenGeloescht} in the event
 * store, and every line of the journal. A database restored from a backup taken before an erasure
 * thus loses the keys again before anyone reads it; a Fall whose erasure event is missing in the
 * restored store is erased again by command, so the views forget it as well (docs/datenschutz.md).
 */
@Component
@ProcessingGroup("datenschutz-schluessel")
class Schluesselvernichtung {

    private static final Logger LOG = LoggerFactory.getLogger(Schluesselvernichtung.class);

    private final Schluesselverwaltung schluessel;
    private final JdbcClient jdbc;
    private final Serializer ereignisse;
    private final CommandGateway befehle;
    private final ObjectMapper json;
    private final Path protokoll;

    Schluesselvernichtung(Schluesselverwaltung schluessel, JdbcClient jdbc, @Qualifier("eventSerializer") Serializer ereignisse,
            CommandGateway befehle, ObjectMapper json, @Value("${fallbuch.data-dir}") Path datenVerzeichnis) {
        this.schluessel = schluessel;
        this.jdbc = jdbc;
        this.ereignisse = ereignisse;
        this.befehle = befehle;
        this.json = json;
        this.protokoll = datenVerzeichnis.resolve("datenschutz").resolve("loeschprotokoll.jsonl");
    }

    @EventHandler
    void on(PersonendatenGeloescht e) {
        int vernichtet = schluessel.loeschen(e.fallId(), e.geloeschtVon(), e.rechtsgrundlage());
        LOG.info("Personenbezogene Daten des Falls {} gelöscht: {} Schlüssel vernichtet", e.fallId(), vernichtet);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    protokollieren(e);
                }
            });
        } else {
            protokollieren(e);
        }
    }

    private void protokollieren(PersonendatenGeloescht e) {
        Map<String, Object> zeile = new LinkedHashMap<>();
        zeile.put("fallId", e.fallId().toString());
        zeile.put("geloeschtAm", e.geloeschtAm().toString());
        zeile.put("geloeschtVon", e.geloeschtVon());
        zeile.put("rechtsgrundlage", e.rechtsgrundlage());
        try {
            Files.createDirectories(protokoll.getParent());
            Files.writeString(protokoll, json.writeValueAsString(zeile) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException fehler) {
            // The erasure stands (it is in the event store); only the copy for restores is missing.
            LOG.error("Löschung des Falls {} nicht ins Löschprotokoll {} geschrieben", e.fallId(), protokoll, fehler);
        }
    }

    /** Applies every recorded erasure again (see the class comment). */
    @EventListener(ApplicationReadyEvent.class)
    void erneutAnwenden() {
        Map<UUID, PersonendatenGeloescht> imSpeicher = new LinkedHashMap<>();
        jdbc.sql("SELECT payload, payload_revision FROM domain_event_entry WHERE payload_type = :typ ORDER BY global_index")
                .param("typ", PersonendatenGeloescht.class.getName())
                .query((rs, n) -> (PersonendatenGeloescht) ereignisse.deserialize(new SimpleSerializedObject<>(
                        rs.getString(1), String.class, PersonendatenGeloescht.class.getName(), rs.getString(2))))
                .list()
                .forEach(e -> imSpeicher.put(e.fallId(), e));
        for (PersonendatenGeloescht e : imSpeicher.values()) {
            int vernichtet = schluessel.loeschen(e.fallId(), e.geloeschtVon(), e.rechtsgrundlage());
            if (vernichtet > 0) {
                LOG.warn("Fall {}: {} Schlüssel waren trotz Löschung vom {} wieder vorhanden (Wiederherstellung?) und sind vernichtet",
                        e.fallId(), vernichtet, e.geloeschtAm());
            }
        }
        for (Map<String, String> zeile : ausProtokoll()) {
            UUID fallId = UUID.fromString(zeile.get("fallId"));
            if (imSpeicher.containsKey(fallId)) {
                continue;
            }
            String rechtsgrundlage = zeile.getOrDefault("rechtsgrundlage", "Art. 17 DSGVO");
            int vernichtet = schluessel.loeschen(fallId, zeile.get("geloeschtVon"), rechtsgrundlage);
            if (vernichtet == 0 && !schluessel.subjekteDesFalls(fallId).isEmpty() && schluessel.geloescht(fallId)) {
                continue;
            }
            LOG.warn("Fall {}: Löschung vom {} fehlt im Ereignisspeicher (Wiederherstellung?); {} Schlüssel vernichtet, Löschung wird erneut erfasst",
                    fallId, zeile.get("geloeschtAm"), vernichtet);
            try {
                befehle.sendAndWait(GenericCommandMessage.asCommandMessage(new PersonendatenLoeschen(fallId, rechtsgrundlage,
                                "Erneut angewendet nach Wiederherstellung; ursprünglich gelöscht am " + zeile.get("geloeschtAm")))
                        .withMetaData(MetaData.with(Metadaten.BENUTZER, "system").and(Metadaten.ROLLE, Rolle.SYSTEM.name())));
            } catch (RuntimeException fehler) {
                LOG.error("Fall {}: Löschung nicht erneut erfasst ({}); die Schlüssel sind vernichtet", fallId, fehler.getMessage());
            }
        }
    }

    private List<Map<String, String>> ausProtokoll() {
        if (!Files.exists(protokoll)) {
            return List.of();
        }
        try {
            return Files.readAllLines(protokoll, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> {
                        try {
                            @SuppressWarnings("unchecked")
                            Map<String, String> zeile = json.readValue(l, Map.class);
                            return zeile;
                        } catch (IOException e) {
                            throw new IllegalStateException("Löschprotokoll " + protokoll + " unlesbar: " + l, e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Löschprotokoll " + protokoll + " unlesbar", e);
        }
    }
}

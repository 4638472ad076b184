package de.fallbuch.kernel.antrag;

import java.util.EnumSet;
import java.util.Set;

/** Where an Antrag stands in its lifecycle (domain.md, "Antrag"). */
public enum AntragStatus {
    IN_BEARBEITUNG("in Bearbeitung"),
    UNTERLAGEN_ANGEFORDERT("Unterlagen angefordert"),
    /** A grant above the limit waits for the Sachgebietsleitung; it does not count yet. */
    FREIGABE_AUSSTEHEND("Freigabe ausstehend"),
    ENTSCHIEDEN("entschieden, Bescheid noch nicht bekanntgegeben"),
    BESCHIEDEN("Bescheid bekanntgegeben, Widerspruchsfrist läuft"),
    WIDERSPRUCH_ANHAENGIG("Widerspruch anhängig"),
    WIDERSPRUCH_ZURUECKGEWIESEN("Widerspruch zurückgewiesen"),
    BESTANDSKRAEFTIG("bestandskräftig"),
    ZURUECKGENOMMEN("zurückgenommen");

    private static final Set<AntragStatus> UNENTSCHIEDEN = EnumSet.of(IN_BEARBEITUNG, UNTERLAGEN_ANGEFORDERT, FREIGABE_AUSSTEHEND);

    private final String bezeichnung;

    AntragStatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** The German label shown to users. */
    public String bezeichnung() {
        return bezeichnung;
    }

    /**
     * No decision on the Antrag counts yet: it is being worked on, waits for documents, or its
     * grant waits for approval. Such an Antrag keeps its Fall from being closed.
     */
    public boolean unentschieden() {
        return UNENTSCHIEDEN.contains(this);
    }
}

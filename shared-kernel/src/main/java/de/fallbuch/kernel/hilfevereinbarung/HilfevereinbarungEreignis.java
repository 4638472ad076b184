package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** Everything that can happen to a Hilfevereinbarung. Every event is immutable and kept for good. */
public sealed interface HilfevereinbarungEreignis
        permits HilfevereinbarungEntworfen, EntwurfGeaendert, HilfevereinbarungFortgeschrieben,
        HilfevereinbarungUnterzeichnet, HilfevereinbarungInKraftGetreten, MassnahmeBegonnen, MassnahmeAbgeschlossen,
        MassnahmeAbgebrochen, ZielErreicht, ZielVerfehlt, UeberpruefungDokumentiert, PflichtverletzungDokumentiert,
        EinwilligungWiderrufen, HilfevereinbarungBeendet {

    UUID hilfevereinbarungId();
}

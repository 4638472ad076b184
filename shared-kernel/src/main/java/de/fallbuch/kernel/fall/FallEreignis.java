package de.fallbuch.kernel.fall;

import java.util.UUID;

/** Everything that can happen to a Fall. Every event is immutable and kept for good. */
public sealed interface FallEreignis
        permits FallEroeffnet, ErstberatungDokumentiert, BeratungsgespraechDokumentiert,
        EinzelfallanalyseErstellt, VermittlungVeranlasst, WiedervorlageGesetzt, WiedervorlageErledigt,
        FallmanagerGewechselt, FallAbgeschlossen, FallWiederaufgenommen,
        LoeschsperreGesetzt, LoeschsperreAufgehoben, PersonendatenGeloescht, PersonendatenBerichtigt {

    UUID fallId();
}

package de.fallbuch.kernel.antrag;

import java.util.UUID;

/** Everything that can happen to an Antrag. Every event is immutable and kept for good; decisions are never edited. */
public sealed interface AntragEreignis
        permits AntragGestellt, UnterlagenAngefordert, UnterlagenEingegangen, MitwirkungsfristAbgelaufen,
        AntragBewilligt, AntragAbgelehnt, AntragVersagt, BewilligungFreigegeben,
        BescheidBekanntgegeben, WiderspruchEingelegt, WiderspruchAbgeholfen, WiderspruchZurueckgewiesen,
        AntragZurueckgenommen, AnhoerungEingeleitet, AnhoerungStellungnahmeEingegangen, AnhoerungsfristAbgelaufen,
        BewilligungAufgehoben, EntscheidungBestandskraeftig {

    UUID antragId();
}

package de.fallbuch.query.auskunft;

import de.fallbuch.kernel.antrag.EntscheidungenAbfragen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.auskunft.Auskunft;
import de.fallbuch.kernel.auskunft.AuskunftAbfragen;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.fall.VermittlungVeranlasst;
import de.fallbuch.kernel.hilfevereinbarung.FassungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.FassungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAbfragen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungenZumFallAuflisten;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import de.fallbuch.query.antrag.AntraegeZumFall;
import de.fallbuch.query.common.AktuellerLeser;
import de.fallbuch.query.common.Fallakte;
import de.fallbuch.query.datenschutz.Akteneinsichtsprotokoll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Assembles the Art. 15 Auskunft of a Fall from the existing views, read through the query bus as
 * everywhere else. Only Fallmanager and Sachgebietsleitung of the Fall's Dienststelle give it
 * ({@link Fallakte#fuerAuskunftOeffnen}); the Auskunft is itself recorded in the access log, before
 * anything is read, so it lists itself among the reads. Answers {@link AuskunftAbfragen} for the REST API and the UI alike.
 */
@Component
class Auskuenfte {

    private static final Pattern EINWILLIGUNG_VOM = Pattern.compile("Einwilligung der Person in die Weitergabe ihrer Daten vom (\\d{2}\\.\\d{2}\\.\\d{4})$");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final Fallakte fallakte;
    private final AntraegeZumFall antraegeZumFall;
    private final Akteneinsichtsprotokoll protokoll;
    private final QueryGateway abfragen;
    private final Clock uhr;

    Auskuenfte(Fallakte fallakte, AntraegeZumFall antraegeZumFall, Akteneinsichtsprotokoll protokoll, QueryGateway abfragen, Clock uhr) {
        this.fallakte = fallakte;
        this.antraegeZumFall = antraegeZumFall;
        this.protokoll = protokoll;
        this.abfragen = abfragen;
        this.uhr = uhr;
    }

    @QueryHandler
    Auskunft erstellen(AuskunftAbfragen abfrage, MetaData metadaten) {
        Akteur leser = AktuellerLeser.aus(metadaten);
        UUID fallId = abfrage.fallId();
        FallAnsicht fall = fallakte.fuerAuskunftOeffnen(leser, fallId);
        List<Auskunft.AntragMitEntscheidungen> antraege = antraegeZumFall.von(fall).stream()
                .map(antrag -> new Auskunft.AntragMitEntscheidungen(antrag, abfragen.query(new EntscheidungenAbfragen(antrag.antragId()),
                        ResponseTypes.multipleInstancesOf(Entscheidungseintrag.class)).join()))
                .toList();
        List<Auskunft.VereinbarungMitFassungen> vereinbarungen = abfragen.query(new HilfevereinbarungenZumFallAuflisten(fallId),
                        ResponseTypes.multipleInstancesOf(HilfevereinbarungZeile.class)).join().stream()
                .map(zeile -> abfragen.query(new HilfevereinbarungAbfragen(zeile.hilfevereinbarungId()),
                        ResponseTypes.optionalInstanceOf(HilfevereinbarungAnsicht.class)).join())
                .flatMap(Optional::stream)
                .map(ansicht -> new Auskunft.VereinbarungMitFassungen(ansicht, ansicht.fassungen().stream()
                        .map(f -> abfragen.query(new FassungAbfragen(ansicht.hilfevereinbarungId(), f.fassung()),
                                ResponseTypes.optionalInstanceOf(FassungAnsicht.class)).join())
                        .flatMap(Optional::stream)
                        .toList()))
                .toList();
        List<VerlaufEintrag> verlauf = abfragen.query(new VerlaufAbfragen(fallId, null, null, null),
                ResponseTypes.multipleInstancesOf(VerlaufEintrag.class)).join();
        List<VerlaufEintrag> vermittlungen = verlauf.stream()
                .filter(v -> VermittlungVeranlasst.class.getSimpleName().equals(v.ereignis())).toList();
        return new Auskunft(Instant.now(uhr), leser.benutzer(), Auskunft.RECHTSGRUNDLAGE, fall, antraege, vermittlungen,
                einwilligungen(vermittlungen, vereinbarungen), vereinbarungen, verlauf, protokoll.zumFall(fall));
    }

    /** The consents, from the referrals (the Verlauf records the day of consent) and the agreements' signatures. */
    private static List<Auskunft.Einwilligung> einwilligungen(List<VerlaufEintrag> vermittlungen,
            List<Auskunft.VereinbarungMitFassungen> vereinbarungen) {
        List<Auskunft.Einwilligung> einwilligungen = new ArrayList<>();
        for (VerlaufEintrag vermittlung : vermittlungen) {
            Matcher tag = EINWILLIGUNG_VOM.matcher(vermittlung.satz());
            einwilligungen.add(new Auskunft.Einwilligung("Weitergabe der Daten an einen Vermittlungspartner", "§ 67b SGB X",
                    tag.find() ? LocalDate.parse(tag.group(1), DATUM) : null, false, vermittlung.satz()));
        }
        for (Auskunft.VereinbarungMitFassungen v : vereinbarungen) {
            for (FassungAnsicht fassung : v.fassungen()) {
                if (fassung.unterschriftPerson() != null) {
                    einwilligungen.add(new Auskunft.Einwilligung("Hilfevereinbarung, Fassung " + fassung.fassung(), "§ 12 SGB XII",
                            fassung.unterschriftPerson().datum(), false, "Von der Person unterzeichnet"));
                }
            }
            if (v.vereinbarung().einwilligungWiderrufenAm() != null) {
                einwilligungen.add(new Auskunft.Einwilligung("Hilfevereinbarung", "§ 12 SGB XII", v.vereinbarung().einwilligungWiderrufenAm(),
                        true, v.vereinbarung().widerrufErklaerung()));
            }
        }
        return einwilligungen;
    }
}

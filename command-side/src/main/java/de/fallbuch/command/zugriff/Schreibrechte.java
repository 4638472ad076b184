package de.fallbuch.command.zugriff;

import de.fallbuch.command.antrag.AntragRegister;
import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.command.fall.FallmanagerVerzeichnis;
import de.fallbuch.command.hilfevereinbarung.HilfevereinbarungRegister;
import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragStellen;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragZuruecknehmen;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.BewilligungFreigeben;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenEingangErfassen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEinlegen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Grenzen.Textart;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Pruefung;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.LoeschsperreAufheben;
import de.fallbuch.kernel.fall.LoeschsperreSetzen;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.fall.PersonendatenLoeschen;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntwerfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungMitFallBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbbrechen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbschliessen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBeginnen;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.ZielerreichungFeststellen;
import de.fallbuch.kernel.hilfevereinbarung.ZielverfehlungFeststellen;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Who may do which act: the one place that decides write access, for every command on the bus,
 * whichever door (REST, web UI) sent it. It runs as a handler interceptor before the aggregate
 * and reads the actor from the command's metadata ({@link Metadaten#BENUTZER}, {@link Metadaten#ROLLE},
 * {@link Metadaten#DIENSTSTELLEN}, stamped at dispatch from the logged-in user), so it decides the
 * same way on every node.
 *
 * <p>The rule in short: Fallmanager and Sachgebietsleitung act on the Fälle of their Dienststellen
 * and on the Anträge and Hilfevereinbarungen of those Fälle; Rechtsprüfung, Revision, Datenschutz
 * and Administration change nothing; only a Fallmanager opens a Fall; reassigning a Fall and the
 * Datenschutz acts (erasure, legal hold) are the Sachgebietsleitung's. What the service does by
 * itself (role {@link Rolle#SYSTEM}: erasure replayed after a restore) and the commands its
 * policies send ({@link #INTERN}) pass. A command nobody listed here is refused: a new act is
 * closed until its rule is written down.
 *
 * <p>Domain rules are not decided here: they stay in the aggregates (the Vier-Augen-Prinzip of
 * a Freigabe, for instance, is the Antrag's).
 */
@Component
public class Schreibrechte implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Commands only the service's own policies send, on behalf of an act already allowed. */
    static final Set<Class<?>> INTERN = Set.of(HilfevereinbarungMitFallBeenden.class);

    private static final String ANTRAG_OHNE_FALL = "Einen Fall mit dieser Kennung gibt es nicht; ein Antrag gehört immer zu einem Fall.";
    private static final String FALL_UNBEKANNT = "Einen Fall mit dieser Kennung gibt es nicht.";

    private final FallRegister faelle;
    private final AntragRegister antraege;
    private final HilfevereinbarungRegister hilfevereinbarungen;
    private final FallmanagerVerzeichnis fallmanagerVerzeichnis;
    private final Map<Class<?>, BiConsumer<Object, Akteur>> regeln = new HashMap<>();

    Schreibrechte(FallRegister faelle, AntragRegister antraege, HilfevereinbarungRegister hilfevereinbarungen,
            FallmanagerVerzeichnis fallmanagerVerzeichnis) {
        this.faelle = faelle;
        this.antraege = antraege;
        this.hilfevereinbarungen = hilfevereinbarungen;
        this.fallmanagerVerzeichnis = fallmanagerVerzeichnis;

        regel(FallEroeffnen.class, this::eroeffnen);
        fallAkt(ErstberatungDokumentieren.class, ErstberatungDokumentieren::fallId);
        fallAkt(BeratungsgespraechDokumentieren.class, BeratungsgespraechDokumentieren::fallId);
        fallAkt(EinzelfallanalyseErstellen.class, EinzelfallanalyseErstellen::fallId);
        fallAkt(VermittlungVeranlassen.class, VermittlungVeranlassen::fallId);
        fallAkt(WiedervorlageSetzen.class, WiedervorlageSetzen::fallId);
        fallAkt(WiedervorlageErledigen.class, WiedervorlageErledigen::fallId);
        fallAkt(FallAbschliessen.class, FallAbschliessen::fallId);
        fallAkt(FallWiederaufnehmen.class, FallWiederaufnehmen::fallId);
        fallAkt(PersonendatenBerichtigen.class, PersonendatenBerichtigen::fallId);
        regel(FallmanagerWechseln.class, this::fallmanagerWechseln);

        datenschutzAkt(PersonendatenLoeschen.class, PersonendatenLoeschen::fallId);
        datenschutzAkt(LoeschsperreSetzen.class, LoeschsperreSetzen::fallId);
        datenschutzAkt(LoeschsperreAufheben.class, LoeschsperreAufheben::fallId);

        regel(AntragStellen.class, (befehl, akteur) -> {
            FallRegister.Eintrag fall = faelle.finde(befehl.fallId())
                    .orElseThrow(() -> new Regelverstoss("FALL_UNBEKANNT", ANTRAG_OHNE_FALL));
            darfBearbeiten(akteur, fall.dienststelle(), Art.ANTRAG);
        });
        antragAkt(UnterlagenAnfordern.class, UnterlagenAnfordern::antragId);
        antragAkt(UnterlagenEingangErfassen.class, UnterlagenEingangErfassen::antragId);
        antragAkt(AntragBewilligen.class, AntragBewilligen::antragId);
        antragAkt(AntragAblehnen.class, AntragAblehnen::antragId);
        antragAkt(AntragVersagen.class, AntragVersagen::antragId);
        // Who may approve (only the Sachgebietsleitung, never the one who decided) is the Antrag's rule.
        antragAkt(BewilligungFreigeben.class, BewilligungFreigeben::antragId);
        antragAkt(BescheidBekanntgeben.class, BescheidBekanntgeben::antragId);
        antragAkt(WiderspruchEinlegen.class, WiderspruchEinlegen::antragId);
        antragAkt(WiderspruchAbhelfen.class, WiderspruchAbhelfen::antragId);
        antragAkt(WiderspruchZurueckweisen.class, WiderspruchZurueckweisen::antragId);
        antragAkt(AntragZuruecknehmen.class, AntragZuruecknehmen::antragId);
        antragAkt(AnhoerungEinleiten.class, AnhoerungEinleiten::antragId);
        antragAkt(AnhoerungStellungnahmeErfassen.class, AnhoerungStellungnahmeErfassen::antragId);
        antragAkt(BewilligungAufheben.class, BewilligungAufheben::antragId);

        regel(HilfevereinbarungEntwerfen.class, (befehl, akteur) -> {
            FallRegister.Eintrag fall = faelle.finde(befehl.fallId())
                    .orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", FALL_UNBEKANNT));
            darfBearbeiten(akteur, fall.dienststelle(), Art.HILFEVEREINBARUNG);
        });
        hilfevereinbarungsAkt(EntwurfAendern.class, EntwurfAendern::hilfevereinbarungId);
        hilfevereinbarungsAkt(HilfevereinbarungFortschreiben.class, HilfevereinbarungFortschreiben::hilfevereinbarungId);
        hilfevereinbarungsAkt(HilfevereinbarungUnterzeichnen.class, HilfevereinbarungUnterzeichnen::hilfevereinbarungId);
        hilfevereinbarungsAkt(MassnahmeBeginnen.class, MassnahmeBeginnen::hilfevereinbarungId);
        hilfevereinbarungsAkt(MassnahmeAbschliessen.class, MassnahmeAbschliessen::hilfevereinbarungId);
        hilfevereinbarungsAkt(MassnahmeAbbrechen.class, MassnahmeAbbrechen::hilfevereinbarungId);
        hilfevereinbarungsAkt(ZielerreichungFeststellen.class, ZielerreichungFeststellen::hilfevereinbarungId);
        hilfevereinbarungsAkt(ZielverfehlungFeststellen.class, ZielverfehlungFeststellen::hilfevereinbarungId);
        hilfevereinbarungsAkt(UeberpruefungDokumentieren.class, UeberpruefungDokumentieren::hilfevereinbarungId);
        hilfevereinbarungsAkt(PflichtverletzungDokumentieren.class, PflichtverletzungDokumentieren::hilfevereinbarungId);
        hilfevereinbarungsAkt(EinwilligungswiderrufErfassen.class, EinwilligungswiderrufErfassen::hilfevereinbarungId);
        hilfevereinbarungsAkt(HilfevereinbarungBeenden.class, HilfevereinbarungBeenden::hilfevereinbarungId);
    }

    /** The kinds of record an act changes; each names itself in the refusal its reader sees. */
    private enum Art {
        FALL("Fälle nicht ändern", "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind."),
        ANTRAG("Anträge nicht bearbeiten", "Der Fall dieses Antrags wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind."),
        HILFEVEREINBARUNG("Hilfevereinbarungen nicht ändern", "Dieser Fall wird in einer Dienststelle geführt, der Sie nicht zugeordnet sind.");

        private final String nurLesend;
        private final String fremdeDienststelle;

        Art(String nurLesend, String fremdeDienststelle) {
            this.nurLesend = nurLesend;
            this.fremdeDienststelle = fremdeDienststelle;
        }
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> befehl = unitOfWork.getMessage();
        pruefen(befehl.getPayload(), befehl.getMetaData());
        return chain.proceed();
    }

    /** Refuses the command with {@link ZugriffVerweigert} (or {@link NichtGefunden} for an unknown target) unless the actor may. */
    void pruefen(Object befehl, MetaData metadaten) {
        if (INTERN.contains(befehl.getClass()) || Rolle.SYSTEM.name().equals(metadaten.get(Metadaten.ROLLE))) {
            return;
        }
        Akteur akteur = akteur(metadaten);
        BiConsumer<Object, Akteur> regel = regeln.get(befehl.getClass());
        if (regel == null) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF", "Dieser Vorgang ist für niemanden freigegeben.");
        }
        regel.accept(befehl, akteur);
    }

    /** The acts this class has a rule for (a test checks that every command of the kernel is here or {@link #INTERN}). */
    Set<Class<?>> geregelt() {
        return Set.copyOf(regeln.keySet());
    }

    /** The actor as stamped at dispatch; a command without one is refused like a request without login. */
    static Akteur akteur(MetaData metadaten) {
        Object benutzer = metadaten.get(Metadaten.BENUTZER);
        Object rolle = metadaten.get(Metadaten.ROLLE);
        if (!(benutzer instanceof String name) || name.isBlank() || rolle == null) {
            throw new ZugriffVerweigert("NICHT_ANGEMELDET", "Bitte melden Sie sich an.");
        }
        List<String> rechte = new java.util.ArrayList<>();
        rechte.add(Akteur.ROLLEN_PRAEFIX + rolle);
        Set<String> dienststellen = new TreeSet<>();
        if (metadaten.get(Metadaten.DIENSTSTELLEN) instanceof Collection<?> liste) {
            liste.forEach(d -> dienststellen.add(String.valueOf(d)));
        }
        dienststellen.forEach(d -> rechte.add(Akteur.DIENSTSTELLEN_PRAEFIX + d));
        return Akteur.aus(name, rechte);
    }

    private <C> void regel(Class<C> art, BiConsumer<C, Akteur> regel) {
        regeln.put(art, (befehl, akteur) -> regel.accept(art.cast(befehl), akteur));
    }

    private <C> void fallAkt(Class<C> art, Function<C, UUID> fall) {
        regel(art, (befehl, akteur) -> fallBearbeitbar(fall.apply(befehl), akteur));
    }

    private <C> void antragAkt(Class<C> art, Function<C, UUID> antrag) {
        regel(art, (befehl, akteur) -> {
            AntragRegister.Eintrag eintrag = antraege.finde(antrag.apply(befehl))
                    .orElseThrow(() -> new NichtGefunden("ANTRAG_UNBEKANNT", "Einen Antrag mit dieser Kennung gibt es nicht."));
            darfBearbeiten(akteur, eintrag.dienststelle(), Art.ANTRAG);
        });
    }

    private <C> void hilfevereinbarungsAkt(Class<C> art, Function<C, UUID> hilfevereinbarung) {
        regel(art, (befehl, akteur) -> {
            HilfevereinbarungRegister.Eintrag eintrag = hilfevereinbarungen.finde(hilfevereinbarung.apply(befehl))
                    .orElseThrow(() -> new NichtGefunden("HILFEVEREINBARUNG_UNBEKANNT",
                            "Eine Hilfevereinbarung mit dieser Kennung gibt es nicht."));
            darfBearbeiten(akteur, eintrag.dienststelle(), Art.HILFEVEREINBARUNG);
        });
    }

    /** Erasure and legal hold: the Sachgebietsleitung, for the Fälle of their Dienststellen. */
    private <C> void datenschutzAkt(Class<C> art, Function<C, UUID> fall) {
        regel(art, (befehl, akteur) -> {
            if (akteur.rolle() != Rolle.SACHGEBIETSLEITUNG) {
                throw new ZugriffVerweigert("NUR_SACHGEBIETSLEITUNG",
                        "Über die Löschung personenbezogener Daten und Löschsperren entscheidet die Sachgebietsleitung.");
            }
            fallBearbeitbar(fall.apply(befehl), akteur);
        });
    }

    private void eroeffnen(FallEroeffnen befehl, Akteur akteur) {
        if (akteur.rolle() != Rolle.FALLMANAGER) {
            throw new ZugriffVerweigert("NUR_FALLMANAGER", "Einen Fall eröffnen Fallmanagerinnen und Fallmanager.");
        }
        if (befehl.dienststelle() != null && !akteur.dienststellen().contains(befehl.dienststelle())) {
            throw new ZugriffVerweigert("FREMDE_DIENSTSTELLE", "Sie sind der Dienststelle „" + befehl.dienststelle() + "“ nicht zugeordnet.");
        }
        if (!akteur.benutzer().equals(befehl.fallmanager())) {
            // The opener becomes the Fall's Fallmanager; handing it to someone else is FallmanagerWechseln.
            throw new ZugriffVerweigert("NUR_FALLMANAGER", "Einen Fall eröffnen Sie für sich selbst; neu zuweisen kann ihn die Sachgebietsleitung.");
        }
    }

    /** Reassigning is the Sachgebietsleitung's, and only to a Fallmanager of the Fall's Dienststelle. */
    private void fallmanagerWechseln(FallmanagerWechseln befehl, Akteur akteur) {
        FallRegister.Eintrag fall = fallBearbeitbar(befehl.fallId(), akteur);
        if (akteur.rolle() != Rolle.SACHGEBIETSLEITUNG) {
            throw new ZugriffVerweigert("NUR_SACHGEBIETSLEITUNG", "Einen Fall weist die Sachgebietsleitung neu zu.");
        }
        // Checked as input first, so the directory is never asked for (and no message echoes) a malformed name.
        String neuer = Pruefung.pflichttext(befehl.neuerFallmanager(), Textart.KURZTEXT, "neuerFallmanager", "Der neue Fallmanager fehlt.");
        Pruefung.pflichttext(befehl.grund(), Textart.FREITEXT, "grund", "Der Grund für den Wechsel fehlt.");
        if (!fallmanagerVerzeichnis.istFallmanagerIn(neuer, fall.dienststelle())) {
            throw new Regelverstoss("KEIN_FALLMANAGER_DER_DIENSTSTELLE", "„" + neuer + "“ ist kein Fallmanager der Dienststelle "
                    + fall.dienststelle() + ".");
        }
    }

    private FallRegister.Eintrag fallBearbeitbar(UUID fallId, Akteur akteur) {
        FallRegister.Eintrag fall = faelle.finde(fallId).orElseThrow(() -> new NichtGefunden("FALL_UNBEKANNT", FALL_UNBEKANNT));
        darfBearbeiten(akteur, fall.dienststelle(), Art.FALL);
        return fall;
    }

    private static void darfBearbeiten(Akteur akteur, String dienststelle, Art art) {
        if (!akteur.darfFallBearbeiten(dienststelle)) {
            throw new ZugriffVerweigert("KEIN_SCHREIBZUGRIFF", switch (akteur.rolle()) {
                case FALLMANAGER, SACHGEBIETSLEITUNG -> art.fremdeDienststelle;
                default -> "In Ihrer Rolle " + akteur.rolle().bezeichnung() + " können Sie " + art.nurLesend + ".";
            });
        }
    }
}

package de.fallbuch.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.fall.FallEreignis;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEreignis;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every event says which of its values are personal data: a new event (or a new text in an old one)
 * cannot slip into the event store in clear by being forgotten. The walk follows the sealed event
 * interfaces, so every event of the three aggregates is seen, and descends into the value objects
 * they carry (Person, Vereinbarungsinhalt, …).
 */
class PersonenbezogeneDatenTest {

    /**
     * Texts that are known not to be personal data of the person in the Fall, each with its reason:
     * identifiers of the office and its staff (actors), labels of the law, and the erasure's own record.
     */
    private static final Set<String> NICHT_PERSONENBEZOGEN = Set.of(
            // the office's file number, issued by the office
            "FallEroeffnet.aktenzeichen",
            // the office and its staff: who decided, who is responsible
            "FallEroeffnet.dienststelle", "FallEroeffnet.fallmanager",
            "FallmanagerGewechselt.bisherigerFallmanager", "FallmanagerGewechselt.neuerFallmanager",
            "HilfevereinbarungEntworfen.dienststelle",
            "AntragBewilligt.entschiedenVon", "AntragAbgelehnt.entschiedenVon", "AntragVersagt.entschiedenVon",
            "BewilligungAufgehoben.entschiedenVon", "WiderspruchAbgeholfen.entschiedenVon",
            "WiderspruchZurueckgewiesen.entschiedenVon", "BewilligungFreigegeben.freigegebenVon",
            "HilfevereinbarungUnterzeichnet.unterzeichnetVon",
            "LoeschsperreGesetzt.gesetztVon", "LoeschsperreAufgehoben.aufgehobenVon",
            // the legal basis of a decision: a paragraph of the law (decision structure, Kennzahlen)
            "AntragBewilligt.rechtsgrundlage", "AntragAbgelehnt.rechtsgrundlage", "AntragVersagt.rechtsgrundlage",
            "BewilligungAufgehoben.rechtsgrundlage", "WiderspruchZurueckgewiesen.rechtsgrundlage",
            // the erasure's own record: written when the key is already gone, must not name the person
            "PersonendatenGeloescht.rechtsgrundlage", "PersonendatenGeloescht.begruendung",
            "PersonendatenGeloescht.geloeschtVon",
            // the proof of an issued document: SHA-256 of the PDF and of its template version, hex
            "Dokumentnachweis.sha256", "Dokumentnachweis.vorlageSha256");

    @Test
    void jedesEreignisKenntSeinePersonenbezogenenWerte() {
        List<String> unmarkiert = new ArrayList<>();
        List<String> ohneSubjekt = new ArrayList<>();
        for (Class<?> ereignis : alleEreignisse()) {
            boolean personenbezogen = pruefen(ereignis, ereignis.getSimpleName(), unmarkiert);
            boolean subjekt = Arrays.stream(ereignis.getRecordComponents())
                    .anyMatch(k -> k.isAnnotationPresent(DatenSubjekt.class) && k.getType() == UUID.class);
            if (personenbezogen && !subjekt) {
                ohneSubjekt.add(ereignis.getSimpleName());
            }
        }
        assertThat(unmarkiert).as("Texte, die weder @Personenbezogen noch als nicht personenbezogen bekannt sind").isEmpty();
        assertThat(ohneSubjekt).as("Ereignisse mit personenbezogenen Daten ohne @DatenSubjekt").isEmpty();
    }

    @Test
    void dieEreignisseAllerDreiAggregateWerdenGefunden() {
        assertThat(alleEreignisse()).hasSizeGreaterThan(40)
                .contains(FallEroeffnet.class, AntragGestellt.class, HilfevereinbarungEntworfen.class);
    }

    @Test
    void jedesNeueDatensubjektNenntSeinenFall() {
        for (Class<?> erzeugend : List.of(FallEroeffnet.class, AntragGestellt.class, HilfevereinbarungEntworfen.class)) {
            assertThat(Arrays.stream(erzeugend.getRecordComponents())
                    .filter(k -> k.isAnnotationPresent(GehoertZumFall.class) && k.getType() == UUID.class))
                    .as(erzeugend.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void dieErlaubnislisteNenntNurVorhandeneKomponenten() {
        Set<String> vorhanden = new java.util.HashSet<>();
        for (Class<?> ereignis : alleEreignisse()) {
            for (RecordComponent k : ereignis.getRecordComponents()) {
                vorhanden.add(ereignis.getSimpleName() + "." + k.getName());
            }
        }
        // value objects inside events whose texts are listed above
        for (RecordComponent k : Dokumentnachweis.class.getRecordComponents()) {
            vorhanden.add("Dokumentnachweis." + k.getName());
        }
        assertThat(vorhanden).containsAll(NICHT_PERSONENBEZOGEN);
    }

    static List<Class<?>> alleEreignisse() {
        return Stream.of(FallEreignis.class, AntragEreignis.class, HilfevereinbarungEreignis.class)
                .flatMap(schnittstelle -> Arrays.stream(schnittstelle.getPermittedSubclasses()))
                .<Class<?>>map(c -> c)
                .toList();
    }

    /** Checks one record (an event or a value object in it); true if it holds any marked value. */
    private static boolean pruefen(Class<?> typ, String pfad, List<String> unmarkiert) {
        boolean personenbezogen = false;
        for (RecordComponent k : typ.getRecordComponents()) {
            String name = pfad + "." + k.getName();
            if (k.isAnnotationPresent(Personenbezogen.class)) {
                personenbezogen = true;
                continue;
            }
            Class<?> wert = wertTyp(k);
            if (wert == String.class) {
                if (!NICHT_PERSONENBEZOGEN.contains(name)) {
                    unmarkiert.add(name);
                }
            } else if (wert.isRecord()) {
                personenbezogen |= pruefen(wert, wert.getSimpleName(), unmarkiert);
            } else {
                assertThat(wert.isPrimitive() || wert.isEnum() || wert.getName().startsWith("java."))
                        .as("%s: unbekannter Typ %s", name, wert).isTrue();
            }
        }
        return personenbezogen;
    }

    /** The type of a component, or of its elements for a collection. */
    private static Class<?> wertTyp(RecordComponent k) {
        if (Collection.class.isAssignableFrom(k.getType()) && k.getGenericType() instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            if (element instanceof Class<?> c) {
                return c;
            }
        }
        return k.getType();
    }
}

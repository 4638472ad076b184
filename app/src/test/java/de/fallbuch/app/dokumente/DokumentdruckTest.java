package de.fallbuch.app.dokumente;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Dokumentart;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rendering without the service: the same facts and template version give the same bytes, in a fresh renderer
 * (as after a restart, years later) and in one that has rendered before (its font cache filled); a changed
 * template gives a different document.
 */
class DokumentdruckTest {

    private static final LocalDate TAG = LocalDate.of(2026, 3, 2);
    private final UUID antragId = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private final UUID entscheidungId = UUID.fromString("00000000-0000-0000-0000-00000000e001");

    private Map<String, Object> inhalt() {
        AntragGestellt gestellt = new AntragGestellt(antragId, UUID.randomUUID(), Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, TAG,
                Antragskanal.SCHRIFTLICH, TAG, null, null, null);
        AntragAbgelehnt abgelehnt = new AntragAbgelehnt(antragId, entscheidungId, "§ 19 Abs. 1 SGB XII", "Einkommen deckt den Bedarf",
                TAG, "fm.mueller", null);
        Dokumentinhalt.Fallangaben fall = new Dokumentinhalt.Fallangaben("50-2026-000042", "Innenstadt",
                new Person("Anna", "Schneider", LocalDate.of(1980, 5, 1), new Anschrift("Ludgeristraße 1", "48143", "Münster")), false);
        return Dokumentinhalt.aus(Dokumentart.ABLEHNUNGSBESCHEID, entscheidungId, abgelehnt, List.of(gestellt), fall,
                Dokumenteinstellungen.Amt.BEISPIEL);
    }

    private static String eingebaut() throws IOException {
        try (InputStream ein = DokumentdruckTest.class.getResourceAsStream("/dokumente/bescheid.html")) {
            return new String(ein.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void gleicheTatsachenUndVorlagenfassungErgebenGleicheBytes() throws IOException {
        Dokumentdruck erster = new Dokumentdruck();
        Vorlagenfassung fassung = Vorlagenfassung.von("bescheid", eingebaut(), "{}", erster.schriftSha256());
        byte[] zuerst = erster.drucken(fassung, inhalt(), TAG, entscheidungId).pdf();
        byte[] nochmal = erster.drucken(fassung, inhalt(), TAG, entscheidungId).pdf();
        byte[] frisch = new Dokumentdruck().drucken(fassung, inhalt(), TAG, entscheidungId).pdf();

        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            erster.drucken(fassung, inhalt(), TAG, entscheidungId);
        }
        System.out.printf("Dokumente: Satz eines Bescheids ohne Dienst im Mittel %.1f ms%n", (System.nanoTime() - start) / 10 / 1e6);
        assertThat(nochmal).isEqualTo(zuerst);
        assertThat(frisch).isEqualTo(zuerst);
        assertThat(DokumenteTest.text(zuerst)).contains("Ablehnungsbescheid", "Aktenzeichen: 50-2026-000042", "Anna Schneider",
                "Münster, den 02.03.2026", "Einkommen deckt den Bedarf", DokumenteTest.WIDERSPRUCH_BELEHRUNG);
    }

    @Test
    void eineGeaenderteVorlageIstEineAndereFassungMitAnderemDokument() throws IOException {
        Dokumentdruck druck = new Dokumentdruck();
        Vorlagenfassung alt = Vorlagenfassung.von("bescheid", eingebaut(), "{}", druck.schriftSha256());
        Vorlagenfassung neu = Vorlagenfassung.von("bescheid", eingebaut().replace("Mit freundlichen Grüßen", "Hochachtungsvoll"), "{}",
                druck.schriftSha256());
        assertThat(neu.sha256()).isNotEqualTo(alt.sha256());
        assertThat(druck.drucken(neu, inhalt(), TAG, entscheidungId).sha256())
                .isNotEqualTo(druck.drucken(alt, inhalt(), TAG, entscheidungId).sha256());
        // A stored version whose content no longer matches its hash is not used for a reprint.
        assertThat(new Vorlagenfassung(alt.sha256(), "bescheid", neu.quelle(), "{}", druck.schriftSha256()).unversehrt()).isFalse();
    }

    @Test
    void ohneBelehrungsabschnittTraegtDasDokumentKeineRechtsbehelfsbelehrung() throws IOException {
        Dokumentdruck druck = new Dokumentdruck();
        String ohne = eingebaut().replace("id=\"rechtsbehelfsbelehrung\"", "id=\"hinweise\"");
        assertThat(druck.drucken(Vorlagenfassung.von("bescheid", ohne, "{}", druck.schriftSha256()), inhalt(), TAG, entscheidungId)
                .rechtsbehelfsbelehrung()).isFalse();
        assertThat(druck.drucken(Vorlagenfassung.von("bescheid", eingebaut(), "{}", druck.schriftSha256()), inhalt(), TAG, entscheidungId)
                .rechtsbehelfsbelehrung()).isTrue();
    }
}

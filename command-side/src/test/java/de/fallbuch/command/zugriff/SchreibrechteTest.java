package de.fallbuch.command.zugriff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallAbschliessen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** The one access decision: complete for every command of the published language, and the actor read from the metadata. */
class SchreibrechteTest {

    /** Without the database: the tests here never reach a register. */
    private final Schreibrechte rechte = new Schreibrechte(null, null, null, null);

    @Test
    void jederBefehlDerVeroeffentlichtenSpracheHatEineRegelOderIstIntern() {
        Set<Class<?>> befehle = new HashSet<>();
        for (JavaClass klasse : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.fallbuch.kernel")) {
            if (klasse.isRecord() && klasse.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(TargetAggregateIdentifier.class))
                    || klasse.isRecord() && klasse.getConstructors().stream().flatMap(k -> k.getParameters().stream())
                            .anyMatch(p -> p.isAnnotatedWith(TargetAggregateIdentifier.class))) {
                befehle.add(klasse.reflect());
            }
        }
        Set<Class<?>> bekannt = new HashSet<>(rechte.geregelt());
        bekannt.addAll(Schreibrechte.INTERN);
        assertThat(befehle).hasSizeGreaterThan(40).allSatisfy(befehl -> assertThat(bekannt).contains(befehl));
    }

    @Test
    void ohneAkteurInDenMetadatenIstNiemandAngemeldet() {
        assertThatThrownBy(() -> rechte.pruefen(new FallAbschliessen(UUID.randomUUID(), 0L, null, null), MetaData.emptyInstance()))
                .isInstanceOf(ZugriffVerweigert.class)
                .satisfies(e -> assertThat(((ZugriffVerweigert) e).code()).isEqualTo("NICHT_ANGEMELDET"));
    }

    @Test
    void eineUnbekannteRolleIstKeineRolle() {
        MetaData metadaten = MetaData.with(Metadaten.BENUTZER, "x").and(Metadaten.ROLLE, "UNBEKANNT");
        assertThatThrownBy(() -> rechte.pruefen(new FallAbschliessen(UUID.randomUUID(), 0L, null, null), metadaten))
                .isInstanceOf(ZugriffVerweigert.class)
                .satisfies(e -> assertThat(((ZugriffVerweigert) e).code()).isEqualTo("KEINE_ROLLE"));
    }

    @Test
    void einBefehlOhneRegelIstFuerNiemandenFreigegeben() {
        record Unbekannt(UUID id) {
        }
        MetaData metadaten = MetaData.with(Metadaten.BENUTZER, "sgl.schmidt").and(Metadaten.ROLLE, "SACHGEBIETSLEITUNG");
        assertThatThrownBy(() -> rechte.pruefen(new Unbekannt(UUID.randomUUID()), metadaten))
                .isInstanceOf(ZugriffVerweigert.class)
                .hasMessage("Dieser Vorgang ist für niemanden freigegeben.");
    }

    @Test
    void dasSystemHandeltFuerSichSelbst() {
        record Unbekannt(UUID id) {
        }
        rechte.pruefen(new Unbekannt(UUID.randomUUID()), MetaData.with(Metadaten.BENUTZER, "system").and(Metadaten.ROLLE, Rolle.SYSTEM.name()));
    }

    @Test
    void dieDienststellenKommenAusDenMetadaten() {
        Akteur akteur = Schreibrechte.akteur(MetaData.with(Metadaten.BENUTZER, "sgl.schmidt").and(Metadaten.ROLLE, "SACHGEBIETSLEITUNG")
                .and(Metadaten.DIENSTSTELLEN, new ArrayList<>(List.of("Innenstadt", "Hiltrup"))));
        assertThat(akteur).isEqualTo(new Akteur("sgl.schmidt", Rolle.SACHGEBIETSLEITUNG, Set.of("Innenstadt", "Hiltrup")));
    }
}

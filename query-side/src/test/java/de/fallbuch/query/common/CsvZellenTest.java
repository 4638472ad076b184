package de.fallbuch.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP's rule for CSV cells: what a spreadsheet would run as a formula starts with a single quote. */
class CsvZellenTest {

    @Test
    void jedeFormelWirdZuText() {
        assertThat(CsvZellen.ohneFormel("=HYPERLINK(\"https://boese.example\")")).isEqualTo("'=HYPERLINK(\"https://boese.example\")");
        assertThat(CsvZellen.ohneFormel("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvZellen.ohneFormel("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvZellen.ohneFormel("@SUMME(A1)")).isEqualTo("'@SUMME(A1)");
        assertThat(CsvZellen.ohneFormel("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvZellen.ohneFormel("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void gewoehnlicherTextBleibtWieErIst() {
        assertThat(CsvZellen.ohneFormel("Innenstadt")).isEqualTo("Innenstadt");
        assertThat(CsvZellen.ohneFormel("Kinderhaus = Nord")).isEqualTo("Kinderhaus = Nord");
        assertThat(CsvZellen.ohneFormel("")).isEmpty();
        assertThat(CsvZellen.ohneFormel(null)).isNull();
    }
}

package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTests {

    @Test
    void collapsesWhitespaceRunsAndKeepsParagraphBreaksAsOneBlankLine() {
        assertThat(TextCleaner.clean("  Clashes\tin \u00a0 Hajin\nand al-Susah.\r\n\r\n\r\n\n Strikes  continued.  "))
                .isEqualTo("Clashes in Hajin and al-Susah.\n\nStrikes continued.");
    }

    @Test
    void takesUnicodeLineAndParagraphSeparatorsForWhatTheyAre() {
        assertThat(TextCleaner.clean("Hajin\u2028al-Susah\u2029Baghuz")).isEqualTo("Hajin al-Susah\n\nBaghuz");
    }

    @Test
    void removesControlAndDirectionCharactersButKeepsJoiners() {
        assertThat(TextCleaner.clean("\u202bهجين\u202c\u0007 \u200fالباغوز\u0000 ZW\u200cNJ\uFEFF"))
                .isEqualTo("هجين الباغوز ZW\u200cNJ");
    }

    @Test
    void composesToNfcWithoutFoldingArabicSpellingOrDigits() {
        assertThat(TextCleaner.clean("Cafe\u0301 إدلبـــ الشَّعْفَة ١٢ مستشفى"))
                .isEqualTo("Caf\u00e9 إدلبـــ الشَّعْفَة ١٢ مستشفى");
    }

    @Test
    void leavesNothingOfWhitespaceAndControlsAlone() {
        assertThat(TextCleaner.clean(" \n\u0001\t\u200e ")).isEmpty();
    }
}

package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.report.Language;

class LanguageDetectorTests {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void callsTextArabicWhenArabicLettersAreAtLeastAThirdOfTheLetters() {
        assertThat(detector.detect("قصف على هجين")).isEqualTo(Language.AR);
        assertThat(detector.detect("SDF #Hajin #DeirEzzor https://t.me/x قسد تتقدم في هجين")).isEqualTo(Language.AR);
    }

    @Test
    void callsLatinDominantTextEnglish() {
        assertThat(detector.detect("Coalition strikes near Hajin (هجين) killed 12, SOHR said.")).isEqualTo(Language.EN);
    }

    @Test
    void callsTextWithoutArabicOrLatinMajorityUnknown() {
        assertThat(detector.detect("12 / 15 — 2018-12-14")).isEqualTo(Language.UNKNOWN);
        assertThat(detector.detect("")).isEqualTo(Language.UNKNOWN);
        assertThat(detector.detect("Обстрел Хаджина")).isEqualTo(Language.UNKNOWN);
    }
}

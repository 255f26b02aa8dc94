package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTests {

    @Test
    void foldsArabicLetterVariantsTatweelDiacriticsAndDigits() {
        assertThat(NormalizedText.fold("إدلبـــ")).isEqualTo("ادلب");
        assertThat(NormalizedText.fold("الشَّعْفَة")).isEqualTo("الشعفه");
        assertThat(NormalizedText.fold("مستشفى")).isEqualTo("مستشفي");
        assertThat(NormalizedText.fold("١٢ قتيلاً")).isEqualTo("12 قتيلا");
        assertThat(NormalizedText.fold("Deir EZ-Zor")).isEqualTo("deir ez-zor");
    }

    @Test
    void mapsEveryFoldedOffsetBackIntoTheOriginal() {
        String original = "قُتِلَ ١٢ مدنياً في هجين";
        NormalizedText text = NormalizedText.of(original);
        int at = text.folded().indexOf("هجين");
        assertThat(original.substring(text.toOriginal(at), text.toOriginalEnd(at + 4))).isEqualTo("هجين");
        int num = text.folded().indexOf("12");
        assertThat(original.substring(text.toOriginal(num), text.toOriginalEnd(num + 2))).isEqualTo("١٢");
        int verb = text.folded().indexOf("قتل");
        assertThat(original.substring(text.toOriginal(verb), text.toOriginalEnd(verb + 3))).isEqualTo("قُتِلَ");
    }

    @Test
    void theFastPathFoldsEveryCharacterItTakesAsTheGeneralPathDoes() {
        for (char c = 1; c < Character.MIN_SURROGATE; c++) {
            char fast = NormalizedText.simpleFold(c);
            if (fast != 0) {
                assertThat(String.valueOf(fast)).as("U+%04X", (int) c).isEqualTo(NormalizedText.fold((int) c));
            }
        }
    }

    @Test
    void callsNewsTextInEitherScriptPlainAndAnythingNfkcMustFoldNot() {
        assertThat(NormalizedText.of("Coalition jets hit al-Sha’fah, “SOHR” said — 12 killed.").plain()).isTrue();
        assertThat(NormalizedText.of("قُتِلَ 12 مدنياً في هجين، بحسب «المرصد»؟").plain()).isTrue();
        assertThat(NormalizedText.of("قتل ١٢ مدنياً").plain()).isFalse();
        assertThat(NormalizedText.of("a ً mark on no letter").plain()).isFalse();
        assertThat(NormalizedText.of("café").plain()).isFalse();
        assertThat(NormalizedText.of("ﻻ").plain()).isFalse();
    }

    @Test
    void mapsOffsetsOfATextFoldedOneForOneAndOfOneEndingInAMark() {
        NormalizedText english = NormalizedText.of("SDF took Hajin");
        assertThat(english.toOriginal(9)).isEqualTo(9);
        assertThat(english.toOriginalEnd(14)).isEqualTo(14);

        NormalizedText marked = NormalizedText.of("مدنياً قتل");
        assertThat(marked.folded()).isEqualTo("مدنيا قتل");
        assertThat(marked.toOriginalEnd(5)).isEqualTo(6);
        assertThat(marked.toOriginal(6)).isEqualTo(7);
        assertThat(NormalizedText.of("ًً").folded()).isEmpty();
        assertThat(NormalizedText.of("ًً").toOriginal(0)).isEqualTo(2);
    }

    @Test
    void anEndAtTheLastKeptLetterTakesTheMarksThatFollowItToTheEndOfTheText() {
        String text = "قصفٌ";
        NormalizedText n = NormalizedText.of(text);

        assertThat(n.folded()).isEqualTo("قصف");
        assertThat(n.toOriginalEnd(3)).isEqualTo(text.length());
        assertThat(NormalizedText.of("قصفٌ عنيف").toOriginalEnd(3)).isEqualTo(4);
    }
}

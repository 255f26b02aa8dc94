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
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

class NumbersTests {
    private final Numbers numbers = new Numbers(Fixtures.LEXICON);

    private List<Integer> values(String text) {
        Tokens tokens = Tokens.of(text);
        return numbers.find(tokens, 0, tokens.size()).stream().map(Numbers.Count::value).toList();
    }

    @Test
    void stopsANumberPhraseBeforeItGrowsPastAMillion() {
        assertThat(values("a thousand thousand thousand thousand hundred dead").get(0)).isBetween(1, 999_999);
        assertThat(values("ألف ألف ألف ألف قتيل").get(0)).isBetween(1, 999_999);
    }

    @Test
    void readsDigits() {
        assertThat(values("Coalition strikes killed 14 people in Hajin")).containsExactly(14);
    }

    @Test
    void readsArabicIndicDigits() {
        assertThat(values("مقتل ١٢ مدنياً في هجين")).containsExactly(12);
    }

    @Test
    void readsEnglishNumberWords() {
        assertThat(values("eleven fighters")).containsExactly(11);
        assertThat(values("twenty-three civilians")).containsExactly(23);
        assertThat(values("two hundred families")).containsExactly(200);
    }

    @Test
    void readsArabicCompoundNumbers() {
        assertThat(values("مقتل خمسة عشر عنصراً")).containsExactly(15);
        assertThat(values("مقتل ثلاثة وعشرين مدنيا")).containsExactly(23);
        assertThat(values("نزوح ألف وخمسمائة عائلة")).containsExactly(1500);
    }

    @Test
    void readsTheArabicDualAsTwoAndMarksIt() {
        Tokens tokens = Tokens.of("سقط قتيلان في القصف");
        List<Numbers.Count> counts = numbers.find(tokens, 0, tokens.size());

        assertThat(counts).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(2);
            assertThat(c.dual()).isTrue();
        });
    }

    @Test
    void codesVagueCountsAsAcledDoes() {
        assertThat(values("dozens of civilians")).containsExactly(12);
        assertThat(values("عشرات المدنيين")).containsExactly(10);
        assertThat(values("hundreds of families")).containsExactly(100);
        assertThat(values("مئات العائلات")).containsExactly(100);
    }

    @Test
    void marksVagueCountsAsVague() {
        Tokens tokens = Tokens.of("dozens of fighters");

        assertThat(numbers.find(tokens, 0, tokens.size())).singleElement()
                .satisfies(c -> assertThat(c.vague()).isTrue());
    }

    @Test
    void keepsTheWordSpanOfEachCount() {
        Tokens tokens = Tokens.of("at least twenty three were killed");
        Numbers.Count c = numbers.find(tokens, 0, tokens.size()).get(0);

        assertThat(tokens.originalText(c.from(), c.to())).isEqualTo("twenty three");
    }

    @Test
    void readsNoNumberInTextWithoutOne() {
        assertThat(values("Clashes continued on the outskirts of Baghouz.")).isEmpty();
        assertThat(values("اشتباكات عنيفة في محيط بلدة هجين")).isEmpty();
    }

    @Test
    void ignoresDigitRunsTooLongToBeCounts() {
        assertThat(values("reference 12345678901234567890")).isEmpty();
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTests {
    private static List<String> split(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void keepsUsLedInOneSentence() {
        assertThat(split("A U.S.-led coalition air strike hit Hajin. Five people were killed."))
                .containsExactly("A U.S.-led coalition air strike hit Hajin.", "Five people were killed.");
    }

    @Test
    void keepsAnInitialFollowedByALowerCaseWordInOneSentence() {
        assertThat(split("The U.S. military said it struck Hajin.")).containsExactly("The U.S. military said it struck Hajin.");
    }

    @Test
    void stillBreaksAfterAnInitialThatEndsASentence() {
        assertThat(split("The strike was carried out by the U.S. The SDF advanced.")).hasSize(2);
    }

    @Test
    void keepsDecimalNumbersAndBreaksAtArabicQuestionMarks() {
        assertThat(split("Prices rose 3.5 percent. هل انتهت المعركة؟ لا"))
                .containsExactly("Prices rose 3.5 percent.", "هل انتهت المعركة؟", "لا");
    }

    @Test
    void keepsAnAbbreviatedMonthWithItsDay() {
        assertThat(split("Shells fell on al-Susah on Dec. 3, 2018. Two boys were hurt. The school shut in Jan. Then it reopened."))
                .containsExactly("Shells fell on al-Susah on Dec. 3, 2018.", "Two boys were hurt.", "The school shut in Jan.",
                        "Then it reopened.");
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CuePlaceSpotterTests {
    private static final String[] WORDS = {"بلدة", "ببلدة", "قرية", "بقرية", "قرى", "مدينة", "بمدينة", "حي", "بلدات",
        "الحياة", "مدين", "بلد", "البلدة", "وبلدة", "فقرية", "والقرية", "لبلدة", "وبمدينة", "كقرية", "عصر", "الشعفة", "السوسة", "هجين", "في", "و", "ال", "غارة", "Hajin", "village", "١٢", ".", "،"};

    @Test
    void findsWhatThePatternFindsScanningEveryPosition() {
        SplittableRandom random = new SplittableRandom(2018);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(25); w >= 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            String t = text.toString();

            assertThat(CuePlaceSpotter.arabic(t)).as(t).isEqualTo(everywhere(t));
        }
    }

    @Test
    void takesTheNameAfterASettlementWord() {
        assertThat(CuePlaceSpotter.arabic("قصف على بلدة الجرذي شرق دير الزور")).extracting(PlaceMention::text)
                .containsExactly("الجرذي شرق");
        assertThat(CuePlaceSpotter.arabic("Strikes on the village of al-Jurdhi")).isEmpty();
    }

    @Test
    void theTownWithTheArticleIntroducesNoName() {
        assertThat(CuePlaceSpotter.arabic("مظاهرة خرجت في البلدة عصر الجمعة")).isEmpty();
        assertThat(CuePlaceSpotter.arabic("قصف على هجين وبلدة الجرذي")).extracting(PlaceMention::text)
                .containsExactly("الجرذي");
        assertThat(CuePlaceSpotter.arabic("غارات على الأحياء الشرقية لبلدة هجين")).extracting(PlaceMention::text)
                .containsExactly("هجين");
    }

    private static List<PlaceMention> everywhere(String text) {
        List<PlaceMention> found = new ArrayList<>();
        Matcher m = CuePlaceSpotter.ARABIC.matcher(text);
        while (m.find()) {
            found.add(new PlaceMention(m.group(1), new Span(m.start(1), m.end(1)), ""));
        }
        return found;
    }
}

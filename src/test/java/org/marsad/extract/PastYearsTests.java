package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

class PastYearsTests {
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 12, 16);

    private static int find(String text, Set<Integer> dateWords) {
        Tokens tokens = Tokens.of(text);
        return PastYears.find(tokens, 0, tokens.size(), PUBLISHED, dateWords);
    }

    @Test
    void findsAYearBeforePublicationNamedAsWhenSomethingHappened() {
        assertThat(find("During 2016 the jihadists ran the oil fields", Set.of())).isEqualTo(1);
        assertThat(find("وفي عام 2015 فرض التنظيم ضرائب على المزارعين", Set.of())).isEqualTo(2);
    }

    @Test
    void passesOverTheYearOfPublicationAndAYearWithoutATimeWord() {
        assertThat(find("In 2018 the front moved east", Set.of())).isEqualTo(-1);
        assertThat(find("Resolution 2017 was cited", Set.of())).isEqualTo(-1);
    }

    @Test
    void passesOverAYearThatIsPartOfADate() {
        assertThat(find("Strikes hit Hajin on 30 December 2017", Set.of())).isEqualTo(-1); // a month, not a time word, before
        assertThat(find("The talks began in 2017", Set.of(4))).isEqualTo(-1);
    }

    @Test
    void makesTheSentenceHistoryForTheExtractor() {
        assertThat(Fixtures.EXTRACTOR.extract(Fixtures.report(
                "في عام 2017 قتل التنظيم عشرات المدنيين في بلدة الشعفة."))).isEmpty();
        assertThat(Fixtures.EXTRACTOR.extract(Fixtures.report(
                "Back then, in 2016, coalition jets bombed the bridge at al-Busayrah."))).isEmpty();
    }
}

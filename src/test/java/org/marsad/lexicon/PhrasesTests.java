package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTests {
    private final Lexicon lexicon = Lexicon.bundled();

    private List<String> keys(String file, String text) {
        return lexicon.phrases(file).find(Tokens.of(text)).stream().map(h -> h.entry().key()).toList();
    }

    @Test
    void matchesTheLongestPhraseFirst() {
        List<Phrases.Hit> hits = lexicon.phrases("actors.tsv").find(Tokens.of("the US-led coalition struck"));

        assertThat(hits).singleElement().satisfies(h -> assertThat(h.entry().phrase()).isEqualTo("the US-led coalition"));
    }

    @Test
    void matchesArabicWordsAfterEveryProclitic() {
        assertThat(keys("actors.tsv", "والتحالف")).containsExactly("coalition");
        assertThat(keys("actors.tsv", "بقوات سوريا الديمقراطية")).containsExactly("sdf");
        assertThat(keys("actors.tsv", "لداعش")).containsExactly("isis");
        assertThat(keys("actors.tsv", "فالتنظيم")).containsExactly("isis");
        assertThat(keys("actors.tsv", "للتحالف")).containsExactly("coalition");
    }

    @Test
    void matchesAcrossAlefYehTehMarbutaTatweelAndDiacritics() {
        assertThat(keys("events.tsv", "غــارةٌ جويّة")).containsExactly("Air/drone strike");
        assertThat(keys("actors.tsv", "الدولة الاسلامية")).containsExactly("isis");
    }

    @Test
    void doesNotTakeYawmForToday() {
        assertThat(keys("calendar.tsv", "يوم الأحد")).containsExactly("weekday");
        assertThat(keys("calendar.tsv", "فجر اليوم")).containsExactly("relative");
        assertThat(keys("calendar.tsv", "اليوم")).containsExactly("relative");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(keys("actors.tsv", "Daeshite")).isEmpty();
        assertThat(keys("events.tsv", "clashing colours")).isEmpty();
    }

    @Test
    void matchesShortAbbreviationsOnlyAsWritten() {
        assertThat(keys("actors.tsv", "IS fighters")).containsExactly("isis");
        assertThat(keys("actors.tsv", "it is unclear")).isEmpty();
    }

    @Test
    void givesTheSpanOfTheHitInTheOriginalText() {
        String text = "قصف لطيـران التحالف";
        Phrases.Hit hit = lexicon.phrases("actors.tsv").find(Tokens.of(text)).get(0);

        assertThat(text.substring(hit.start(), hit.end())).isEqualTo("لطيـران التحالف");
    }

    @Test
    void readsAWordThatIsItselfAnEntryAsThatWordNotAsAnotherWithAProcliticStripped() {
        assertThat(keys("calendar.tsv", "قتل مدني واحد")).isEmpty();
        assertThat(keys("numbers.tsv", "قتل مدني واحد")).containsExactly("1");
        assertThat(keys("calendar.tsv", "والأحد")).containsExactly("weekday");
    }

    @Test
    void stillStripsTheArticleOfAWordThatIsItselfAnEntry() {
        assertThat(keys("events.tsv", "نفذ التنظيم حكم الإعدام بحق شابين")).containsExactly("Attack");
    }

    @Test
    void givesTheSameHitsWhenAskedTwiceForTheSameWords() {
        Tokens tokens = Tokens.of("Coalition warplanes struck ISIS positions in Hajin");
        Phrases actors = lexicon.phrases("actors.tsv");

        assertThat(actors.find(tokens, 0, tokens.size())).isEqualTo(actors.find(tokens, 0, tokens.size()))
                .extracting(h -> h.entry().key()).containsExactly("coalition", "isis");
        assertThat(actors.find(tokens, 3, tokens.size())).extracting(h -> h.entry().key()).containsExactly("isis");
    }
}

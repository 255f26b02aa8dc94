package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.report.Language;
import org.marsad.report.Rejection;

class PlaceEvaluationTests {
    private static Path gold;
    private static final List<Rejection> REJECTED = new ArrayList<>();
    private static List<GoldSentence> sentences;
    private static PlaceEvaluation evaluation;

    @BeforeAll
    static void evaluate() throws URISyntaxException {
        gold = Path.of(PlaceEvaluationTests.class.getResource("/geo/gold-sample.tsv").toURI());
        sentences = PlaceGoldSet.read(gold, REJECTED::add);
        evaluation = PlaceEvaluation.run(new Geocoder(Gazetteer.bundled()), sentences);
    }

    @Test
    void readsTheGoodSentencesAndRejectsAMentionThatIsNotInItsText() {
        assertThat(sentences).extracting(GoldSentence::id).containsExactly("en-1", "en-2", "ar-1");
        assertThat(sentences.get(2).places()).extracting(GoldPlace::gazetteerId)
                .containsExactly("overlay:nowhere", "geonames:174506");
        assertThat(REJECTED).extracting(Rejection::line)
                .containsExactly(gold + ":5: mention 'Hajin' is not in the text of en-3");
    }

    @Test
    void countsTheRightEntryTheDistanceAndAMissedMentionAgainstTheScore() {
        PlaceScore dev = evaluation.score("dev", Language.EN);
        PlaceScore test = evaluation.score("test", Language.AR);

        assertThat(dev.places()).isEqualTo(2);
        assertThat(dev.rightEntry()).isEqualTo(1);
        assertThat(dev.within10()).isEqualTo(1);
        assertThat(dev.within161()).isEqualTo(2);
        assertThat(dev.meanErrorKm()).isCloseTo(52.9, within(0.1));
        assertThat(test.places()).isEqualTo(2);
        assertThat(test.found()).isEqualTo(1);
        assertThat(test.accuracy10()).isCloseTo(0.5, within(1e-9));
        assertThat(test.meanErrorKm()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void listsTheMissesWithWhatWasExpectedAndWhatCameOut() {
        assertThat(evaluation.misses(null)).extracting(PlaceOutcome::describe)
                .containsExactly("en-2 'Suran': expected geonames:163913, got geonames:163915 Suran (105.8 km off, precision 2)",
                        "ar-1 'قرية مجهولة': expected overlay:nowhere, got not found");
        assertThat(evaluation.spurious(null)).isEmpty();
    }
}

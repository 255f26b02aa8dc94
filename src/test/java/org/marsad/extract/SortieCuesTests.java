package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

/** Words of a sortie ("raids", "struck", "نفذت ضربة") make an air strike only where aircraft are named. */
class SortieCuesTests {
    private final EventCues cues = new EventCues(Fixtures.LEXICON);

    private Optional<SubEventType> type(String text) {
        Tokens tokens = Tokens.of(text);
        return cues.decide(tokens, 0, tokens.size()).map(EventCues.Cue::type);
    }

    @Test
    void raidsByWarplanesAreAirStrikes() {
        assertThat(type("Coalition warplanes carried out several raids on al-Sousa overnight"))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("A drone struck their house in al-Shafa")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("قال التحالف إنه نفذ ضربة دقيقة دمرت مقرا للتنظيم")).contains(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void raidsWithoutAircraftAreNoStrike() {
        assertThat(type("The network said the raids followed a dispute at the checkpoint")).isEmpty();
        assertThat(type("The convoy was hit on the road to Hajin")).isEmpty();
    }

    @Test
    void aCommandAndControlPostIsATargetNotGroundTaken() {
        assertThat(type("Coalition jets destroyed an ISIS command and control centre in Hajin"))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("نفذ التحالف ضربة دمرت مقرا للقيادة والسيطرة تابعا لداعش")).contains(SubEventType.AIR_DRONE_STRIKE);
    }
}

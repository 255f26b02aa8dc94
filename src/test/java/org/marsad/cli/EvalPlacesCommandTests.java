package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalPlacesCommandTests {
    @Test
    void printsTheScoresPerSplitAndLanguageThenTheMissesAndNamesTheBadGoldLine() throws URISyntaxException {
        Path gold = Path.of(EvalPlacesCommandTests.class.getResource("/geo/gold-sample.tsv").toURI());

        CommandRun run = CommandRun.of("eval", "places", gold.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(run.errLines()).containsExactly("rejected " + gold + ":5: mention 'Hajin' is not in the text of en-3");
        assertThat(run.out()).contains("3 sentences, 4 gold places")
                .contains("dev/en          2      2     0.500    0.500     1.000       52.9")
                .contains("test/ar         2      1     0.500    0.500     0.500        0.0")
                .contains("2 misses (more than 10 km off or not found):")
                .contains("  test ar-1 'قرية مجهولة': expected overlay:nowhere, got not found");
    }

    @Test
    void benchRefusesAMissingGoldFile() {
        CommandRun run = CommandRun.of("bench", "places", "--gold", "no-such-gold.tsv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no such file: no-such-gold.tsv");
    }
}

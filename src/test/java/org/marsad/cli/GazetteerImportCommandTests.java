package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerImportCommandTests {
    @TempDir
    Path data;

    @Test
    void importsADumpNamingTheMalformedRowOnOneLineAndSaysHowManyPlacesCameIn() throws URISyntaxException {
        Path sample = Path.of(GazetteerImportCommandTests.class.getResource("/geo/cities500-sample.txt").toURI());

        CommandRun run = CommandRun.of("gazetteer", "import", "--data", data.toString(), sample.toString());
        CommandRun again = CommandRun.of("gazetteer", "import", "--data", data.toString(), sample.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(run.errLines()).containsExactly("rejected " + sample + ":3: longitude is not a number: 'not-a-longitude'");
        assertThat(run.out()).contains("3 places imported into " + data.resolve("gazetteer/imported-cities500-sample.tsv"));
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void refusesAFileThatDoesNotExist() {
        CommandRun run = CommandRun.of("gazetteer", "import", "--data", data.toString(), data.resolve("nope.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("nope.txt: no such file");
    }
}

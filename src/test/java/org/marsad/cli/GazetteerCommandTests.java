package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCommandTests {
    @TempDir
    Path dir;

    private static String held(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("now holds ([\\d,]+) places").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    @Test
    void anImportedPlaceIsResolvedByLaterCommandsAndABadRowIsNamed() throws IOException {
        Path dump = dir.resolve("lebanon-sample.txt");
        try (InputStream in = GazetteerCommandTests.class.getResourceAsStream("/geo/lebanon-sample.txt")) {
            Files.copy(in, dump);
        }
        String data = dir.resolve("data").toString();

        CommandRun imported = CommandRun.of("gazetteer", "import", "--data", data, dump.toString());
        CommandRun again = CommandRun.of("gazetteer", "import", "--data", data, dump.toString());
        CommandRun found = CommandRun.of("geocode", "--data", data, "Artillery shelled the outskirts of Aarsal");

        assertThat(imported.exitCode()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(imported.errLines()).singleElement().asString().contains("lebanon-sample.txt:3").contains("latitude");
        assertThat(imported.out()).contains("imported 2 places");
        assertThat(again.out()).contains("imported 2 places");
        assertThat(held(again.out())).isEqualTo(held(imported.out()));
        assertThat(found.out()).contains("geonames:990001");
    }
}

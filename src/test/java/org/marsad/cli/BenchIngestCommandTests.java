package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIngestCommandTests {
    @TempDir
    Path dir;

    @Test
    void seedsAStoreThenIngestsEverySampleReportOnItsOwnAndCanMeasureTheSameStoreAgain() {
        Path data = dir.resolve("bench");

        CommandRun first = CommandRun.of("bench", "ingest", "--claims", "2000", "--warmup", "2", "--data", data.toString());
        CommandRun again = CommandRun.of("bench", "ingest", "--warmup", "0", "--data", data.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("seeded 2,000 claims")
                .containsPattern("into a store of 2,0\\d\\d claims: 100 single-report runs, median [0-9.]+ ms");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("not seeding").contains("100 single-report runs");
        assertThat(reports(again.out())).as("the same sample reports count as new in a second run")
                .isEqualTo(reports(first.out()) + 100);
    }

    private static long reports(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("store after: Counts\\[rawReports=\\d+, reports=(\\d+)")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1));
    }
}

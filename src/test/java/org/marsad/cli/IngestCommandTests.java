package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.IncidentQueries;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;

class IngestCommandTests {
    @TempDir
    Path dir;
    Path data;
    Path inbox;

    @BeforeEach
    void writeInbox() throws IOException {
        data = dir.resolve("data");
        inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("wire.jsonl"), String.join("\n",
                "{\"id\":\"w1\",\"source\":\"AFP\",\"published\":\"2018-12-17T08:00:00Z\",\"text\":\"A US-led coalition air "
                        + "strike killed 12 civilians in the village of al-Shafa on Sunday, the Syrian Observatory said.\"}",
                "{\"id\":\"w2\",\"source\":\"AFP\",\"text\":\"Coalition jets struck Hajin",
                "{\"id\":\"w3\",\"source\":\"Enab Baladi\",\"published\":\"2018-12-17T10:00:00Z\",\"language\":\"ar\","
                        + "\"text\":\"قتل 15 مدنياً في غارة جوية لطيران التحالف الدولي على بلدة الشعفة يوم الأحد.\"}"),
                StandardCharsets.UTF_8);
        Files.createFile(inbox.resolve("empty.txt"));
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(inbox.resolve("junk.txt"), junk);
        try (RandomAccessFile huge = new RandomAccessFile(inbox.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.writeString(inbox.resolve("page.html"), "<html><head><title>Shelling on al-Sousa</title>"
                + "<meta property=\"og:site_name\" content=\"Furat Post\"></head><body><nav>Home | News</nav><article>"
                + "<p>Regime artillery shelled the town of al-Sousa on 14 December 2018, killing three people.</p>"
                + "</article><footer>Back to top</footer></body></html>", StandardCharsets.UTF_8);
    }

    @Test
    void badFilesAreNamedOnOneLineEachRecordedAndTheRestIsStored() {
        CommandRun run = CommandRun.of("ingest", "--data", data.toString(), inbox.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(run.errLines()).hasSize(4);
        assertThat(run.errLines()).anyMatch(l -> l.contains("wire.jsonl:2") && l.contains("invalid JSON"));
        assertThat(run.errLines()).anyMatch(l -> l.contains("empty.txt") && l.contains("empty file"));
        assertThat(run.errLines()).anyMatch(l -> l.contains("junk.txt") && l.contains("not a text file"));
        assertThat(run.errLines()).anyMatch(l -> l.contains("huge.txt") && l.contains("file too large: 52428800 bytes"));
        assertThat(run.out()).contains("3 reports read: 3 new").contains("4 rejected");
        IncidentQueries.Counts counts = counts();
        assertThat(counts.reports()).isEqualTo(3);
        assertThat(counts.rejections()).isEqualTo(4);
        assertThat(counts.claims()).isGreaterThanOrEqualTo(3);
        assertThat(counts.incidents()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void ingestingTheSameFilesAgainAddsNothing() {
        CommandRun.of("ingest", "--data", data.toString(), inbox.toString());
        IncidentQueries.Counts before = counts();

        CommandRun again = CommandRun.of("ingest", "--data", data.toString(), inbox.toString());

        assertThat(again.out()).contains("3 reports read: 0 new, 3 already stored").contains("0 incidents created, 0 updated");
        IncidentQueries.Counts after = counts();
        assertThat(after.rawReports()).isEqualTo(before.rawReports());
        assertThat(after.reports()).isEqualTo(before.reports());
        assertThat(after.claims()).isEqualTo(before.claims());
        assertThat(after.incidents()).isEqualTo(before.incidents());
    }

    @Test
    void aMissingPathIsARejectionNotACrash() {
        CommandRun run = CommandRun.of("ingest", "--data", data.toString(), dir.resolve("nowhere.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(run.errLines()).singleElement().asString().contains("nowhere.jsonl").contains("no such file");
    }

    private IncidentQueries.Counts counts() {
        try (Store store = Store.open(StoreSettings.h2(data))) {
            return store.counts();
        }
    }
}

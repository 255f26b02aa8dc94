package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.report.Rejection;

/** Seeded mutations of every fixture: reading never throws and everything read stays well-formed. */
class MangledInputTests {
    private static final long BASE_SEED = 20181214L;
    private static final int MUTATIONS_PER_FIXTURE = 60;
    private static final byte[] JUNK = "{}[]\",:<>/\n\r\\\u00e9\u0647\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Map<String, Format> fixtures = Map.of(
            "html/coalition-strike-susah.html", Format.HTML,
            "html/shafa-shelling-ar.html", Format.HTML,
            "telegram/result.json", Format.TELEGRAM_JSON,
            "jsonl/reports.jsonl", Format.JSON_LINES,
            "csv/reports.csv", Format.CSV,
            "text/hajin-ar.txt", Format.TEXT);

    @Test
    void neverThrowsAndKeepsReportsWellFormedWhateverTheBytes() throws IOException {
        Ingestor ingestor = Fixtures.ingestor();
        for (Map.Entry<String, Format> fixture : fixtures.entrySet()) {
            byte[] original = Files.readAllBytes(Fixtures.path(fixture.getKey()));
            for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
                long seed = BASE_SEED + i;
                byte[] mangled = mangle(original, new Random(seed));
                try {
                    check(ingestor.read("in", new ByteArrayInputStream(mangled), fixture.getValue()));
                    check(ingestor.read("in", new ByteArrayInputStream(mangled)));
                } catch (RuntimeException | AssertionError e) {
                    fail("fixture " + fixture.getKey() + " mangled with seed " + seed + ": " + e, e);
                }
            }
        }
    }

    private static void check(IngestBatch batch) {
        for (ParsedReport parsed : batch.reports()) {
            assertThat(parsed.report().text()).isNotBlank().doesNotContain("\u0000", "\r", "\t");
            assertThat(parsed.report().origin().location()).isEqualTo("in");
        }
        for (Rejection rejection : batch.rejections()) {
            assertThat(rejection.where()).startsWith("in");
            assertThat(rejection.reason()).doesNotContain("\n").doesNotContain("please report this");
        }
    }

    private static byte[] mangle(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> bytes[at] = JUNK[random.nextInt(JUNK.length)];
                default -> bytes = splice(bytes, at, random.nextInt(Math.min(40, bytes.length - at) + 1));
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int length) {
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
        return out;
    }
}

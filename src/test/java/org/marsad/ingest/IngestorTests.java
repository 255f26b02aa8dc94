package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Rejection;
import org.marsad.report.Report;

class IngestorTests {
    @TempDir
    Path dir;

    @Test
    void readsAPlainTextFileAsOneReportTitledByItsFirstLine() {
        Path file = Fixtures.path("text/hajin-en.txt");

        IngestBatch batch = Fixtures.ingestor().read(file);

        Report report = batch.reports().get(0).report();
        assertThat(report.title()).isEqualTo("SDF enters Hajin town centre");
        assertThat(report.text()).isEqualTo("""
                SDF enters Hajin town centre

                Fighters of the Syrian Democratic Forces entered the centre of Hajin on Friday, 14 December 2018, \
                after weeks of fighting with Islamic State militants, according to the SDF media office.

                The coalition said it had carried out more than 20 strikes around the town in the previous 24 hours. \
                Residents who left for al-Bahra said the town was "empty of civilians".""");
        assertThat(report.language()).isEqualTo(Language.EN);
        assertThat(report.origin()).isEqualTo(Origin.file(file.toString()));
        assertThat(report.id().value()).isEqualTo("sha256:" + batch.reports().get(0).raw().sha256().substring(0, 16));
        assertThat(report.published()).isNull();
    }

    @Test
    void readsArabicTextWithWindowsLineEndings() {
        Report report = Fixtures.ingestor().read(Fixtures.path("text/hajin-ar.txt")).reports().get(0).report();

        assertThat(report.title()).isEqualTo("هجين: نزوح جديد نحو البحرة");
        assertThat(report.text()).isEqualTo("هجين: نزوح جديد نحو البحرة\n\n"
                + "نزحت عشرات العائلات من بلدة هجين باتجاه البحرة خلال الليل، هرباً من القصف المتواصل على الأحياء الشرقية للبلدة.");
        assertThat(report.language()).isEqualTo(Language.AR);
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path blank = Files.writeString(dir.resolve("blank.html"), " \n\t\n");

        assertThat(lines(Fixtures.ingestor().read(empty))).containsExactly(empty + ": empty file");
        assertThat(lines(Fixtures.ingestor().read(blank))).containsExactly(blank + ": empty file");
    }

    @Test
    void rejectsBinaryJunkAndTextThatIsNotUtf8() throws IOException {
        Path junk = Files.write(dir.resolve("photo-caption.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I'});
        Path latin1 = Files.write(dir.resolve("old.txt"), "caf\u00e9 near Hajin".getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = Files.write(dir.resolve("notepad.txt"), "\uFEFFHajin".getBytes(StandardCharsets.UTF_16LE));

        assertThat(lines(Fixtures.ingestor().read(junk))).containsExactly(junk + ": not a text file: contains NUL bytes");
        assertThat(lines(Fixtures.ingestor().read(latin1))).containsExactly(latin1 + ": not a text file: invalid UTF-8 at byte 3");
        assertThat(lines(Fixtures.ingestor().read(utf16)))
                .containsExactly(utf16 + ": not a text file: UTF-16 encoded, save it as UTF-8");
    }

    @Test
    void rejectsA50MegabyteFileFromItsSizeAlone() throws IOException {
        Path huge = dir.resolve("dump.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        IngestBatch batch = Fixtures.ingestor().read(huge);

        assertThat(batch.reports()).isEmpty();
        assertThat(lines(batch)).containsExactly(huge + ": file too large: 52428800 bytes, limit 10485760");
    }

    @Test
    void rejectsAStreamLongerThanTheLimitWithoutKnowingItsSize() {
        Ingestor small = new Ingestor(new IngestSettings(100, 100), Fixtures.CLOCK);
        byte[] long200 = "Shelling on al-Susah. ".repeat(10).getBytes(StandardCharsets.UTF_8);

        IngestBatch batch = small.read("stdin", new ByteArrayInputStream(long200), Format.TEXT);

        assertThat(lines(batch)).containsExactly("stdin: file too large: more than 100 bytes, limit 100");
    }

    @Test
    void rejectsAPlainTextReportLargerThanTheReportLimit() throws IOException {
        Path text = Files.writeString(dir.resolve("long.txt"), "Clashes in Hajin. ".repeat(20));
        Ingestor small = new Ingestor(new IngestSettings(1_000, 100), Fixtures.CLOCK);

        assertThat(lines(small.read(text))).containsExactly(text + ": report too large: 360 bytes, limit 100");
    }

    @Test
    void rejectsUnsupportedAndMissingFiles() {
        Path pdf = dir.resolve("sitrep.pdf");
        Path missing = dir.resolve("missing.txt");

        assertThat(lines(Fixtures.ingestor().read(pdf))).containsExactly(pdf + ": unsupported file type: .pdf");
        assertThat(lines(Fixtures.ingestor().read(missing))).containsExactly(missing + ": no such file");
    }

    @Test
    void readsAFolderRecursivelyInSortedPathOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/inner/3.txt"), "Report three from Kashma");
        Files.writeString(dir.resolve("b/2.txt"), "Report two from Gharanij");
        Files.writeString(dir.resolve("a.txt"), "Report one from Dhiban");
        Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"Report four from Baghuz\"}\n");
        Files.writeString(dir.resolve(".hidden.txt"), "never read");
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.createFile(dir.resolve("d.txt"));

        IngestBatch batch = Fixtures.ingestor().read(dir);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().text()).containsExactly(
                "Report one from Dhiban", "Report two from Gharanij", "Report three from Kashma", "Report four from Baghuz");
        assertThat(lines(batch)).containsExactly(dir.resolve("d.txt") + ": empty file");
    }

    @Test
    void aFolderWalkSkipsTheNotesThatTravelWithReportsButANamedNoteIsRead() throws IOException {
        Files.writeString(dir.resolve("README.md"), "These reports are illustrative.");
        Files.writeString(dir.resolve("answers.tsv"), "smp-001\tshafa-strike");
        Files.writeString(dir.resolve("LICENSE"), "CC BY 4.0");
        Files.writeString(dir.resolve("shafa.txt"), "Coalition jets struck al-Shafa");

        IngestBatch walked = Fixtures.ingestor().read(dir);
        IngestBatch named = Fixtures.ingestor().read(dir.resolve("README.md"));

        assertThat(walked.reports()).extracting(parsed -> parsed.report().text()).containsExactly("Coalition jets struck al-Shafa");
        assertThat(walked.rejections()).isEmpty();
        assertThat(named.reports()).hasSize(1);
    }

    @Test
    void readsAFolderGivenAsALinkUnderTheNameGiven() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "Report from al-Marashida");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        IngestBatch batch = Fixtures.ingestor().read(link);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().origin().location())
                .containsExactly(link.resolve("a.txt").toString());
    }

    @Test
    void readsReportJsonLinesSavedWithAJsonExtension() throws IOException {
        Path json = Files.writeString(dir.resolve("export.json"), "{\"text\": \"Clashes in Hajin\"}\n{\"text\": \"Strike on Susah\"}\n");

        assertThat(Fixtures.ingestor().read(json).reports()).hasSize(2);
    }

    @Test
    void sniffsTheFormatOfFilesWithoutAKnownExtension() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("feed"), "{\"source\": \"SOHR\", \"text\": \"Clashes in Abu Hassan\"}\n");
        Path html = Files.writeString(dir.resolve("page.php"), "<!doctype html><html lang=\"en\"><body><p>Strike on Hajin.</p></body></html>");
        Path text = Files.writeString(dir.resolve("note.dat"), "Heavy shelling on al-Bahra overnight.");

        IngestBatch batch = Fixtures.ingestor().read(dir);

        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.reports()).extracting(parsed -> parsed.raw().mediaType())
                .containsExactly("application/x-ndjson", "text/plain", "text/html");
        assertThat(batch.reports()).extracting(parsed -> parsed.report().origin().location())
                .containsExactly(jsonl.toString(), text.toString(), html.toString());
    }

    @Test
    void givesTheSameHashesAndIdsWhenTheSameFilesAreReadAgain() {
        Path folder = Fixtures.path("");

        IngestBatch first = Fixtures.ingestor().read(folder);
        IngestBatch second = new Ingestor(IngestSettings.DEFAULTS, java.time.Clock.systemUTC()).read(folder);

        assertThat(first.reports()).hasSizeGreaterThan(10);
        assertThat(second.reports()).extracting(parsed -> parsed.raw().sha256())
                .containsExactlyElementsOf(first.reports().stream().map(parsed -> parsed.raw().sha256()).toList());
        assertThat(second.reports()).extracting(parsed -> parsed.report().id())
                .containsExactlyElementsOf(first.reports().stream().map(parsed -> parsed.report().id()).toList());
        assertThat(lines(second)).isEqualTo(lines(first));
    }

    @Test
    void readsStandardInputInAGivenOrSniffedFormat() {
        byte[] jsonl = "{\"id\": \"x1\", \"text\": \"Convoy hit near Abu Kamal\"}\n".getBytes(StandardCharsets.UTF_8);

        IngestBatch given = Fixtures.ingestor().read("stdin", new ByteArrayInputStream(jsonl), Format.JSON_LINES);
        IngestBatch sniffed = Fixtures.ingestor().read("stdin", new ByteArrayInputStream(jsonl));

        assertThat(given.reports()).extracting(parsed -> parsed.report().origin().toString()).containsExactly("stdin:1");
        assertThat(sniffed.reports()).extracting(parsed -> parsed.report().id().value()).containsExactly("x1");
    }

    @Test
    void handsEachReportAndRejectionOverAsItIsRead() {
        List<String> seen = new java.util.ArrayList<>();

        Fixtures.ingestor().read(Fixtures.path("jsonl/reports.jsonl"),
                parsed -> seen.add("report " + parsed.report().origin().line()),
                rejection -> seen.add("rejection " + rejection.where().substring(rejection.where().lastIndexOf(':') + 1)));

        assertThat(seen).containsExactly(
                "report 1", "report 2", "report 3", "rejection 5", "rejection 6", "report 7", "rejection 8");
    }

    @Test
    void letsAFailingConsumerEndTheReadWithItsOwnException() {
        IllegalStateException storeDown = new IllegalStateException("store closed");

        assertThatThrownBy(() -> Fixtures.ingestor().read(Fixtures.path("jsonl/reports.jsonl"),
                parsed -> {
                    throw storeDown;
                }, rejection -> { }))
                .isSameAs(storeDown);
    }

    @Test
    void treatsMissingArgumentsAsCallerBugs() {
        Ingestor ingestor = Fixtures.ingestor();
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);

        assertThatThrownBy(() -> ingestor.read((Path) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ingestor.read(" ", in, Format.TEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("stream name must not be blank: ' '");
        assertThatThrownBy(() -> ingestor.read("stdin", in, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestSettings(0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxFileBytes must be >= 1: 0");
    }

    private static List<String> lines(IngestBatch batch) {
        return batch.rejections().stream().map(Rejection::line).toList();
    }
}

package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTests {
    @TempDir
    Path dir;

    /** Copies the bundled lexicon into {@code dir} for an analyst to edit. */
    private void copyBundled() throws IOException {
        for (String file : Lexicon.FILES) {
            try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
    }

    private void append(String file, String lines) throws IOException {
        Files.writeString(dir.resolve(file), lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private int lineCount(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file)).size();
    }

    @Test
    void loadsTheBundledLexicon() {
        Lexicon lexicon = Lexicon.bundled();

        assertThat(lexicon.actors()).containsKeys("isis", "coalition", "sdf", "civilians");
        assertThat(lexicon.actor("sdf").inter()).isEqualTo(2);
        assertThat(lexicon.entries("events.tsv")).isNotEmpty();
    }

    @Test
    void loadsAFolderWhereAnAnalystAddedAnAlias() throws IOException {
        copyBundled();
        append("actors.tsv", "jaysh_al_ashair\t3\tArmy of Tribes\tArmy of Tribes|جيش العشائر|قوات العشائر\n");

        Lexicon lexicon = Lexicon.load(dir);
        Tokens tokens = Tokens.of("هاجمت قوات العشائر مواقع التنظيم");

        assertThat(lexicon.phrases("actors.tsv").find(tokens)).extracting(h -> h.entry().key())
                .containsExactly("jaysh_al_ashair", "isis");
    }

    @Test
    void reportsAMalformedLineWithItsFileAndLine() throws IOException {
        copyBundled();
        append("actors.tsv", "bad_actor\tnine\tBad\tbad\n");
        int line = lineCount("actors.tsv");

        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems())
                        .containsExactly("actors.tsv:" + line + ": inter code must be a whole number: 'nine'",
                                "actors.tsv:" + line + ": inter code must be 0-8: 'nine'"));
    }

    @Test
    void readsAnOptionalOpponentAndReportsAnUnknownOne() throws IOException {
        copyBundled();
        append("actors.tsv", "jaysh_al_ashair\t3\tArmy of Tribes\tArmy of Tribes|جيش العشائر\tisis\n"
                + "liwa_x\t3\tBrigade X\tBrigade X\tnobody_known\n");
        int line = lineCount("actors.tsv");

        assertThat(Lexicon.bundled().actor("sdf").opponent()).isEqualTo("isis");
        assertThat(Lexicon.bundled().actor("civilians").opponent()).isEmpty();
        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems())
                        .containsExactly("actors.tsv:" + line + ": unknown opponent 'nobody_known'"));
    }

    @Test
    void reportsAPhraseRepeatedOnAnotherLineWithBothLines() throws IOException {
        copyBundled();
        append("origins.tsv", "Observatory mirror\tthe Syrian Observatory\n");
        int line = lineCount("origins.tsv");

        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems()).singleElement().asString()
                        .startsWith("origins.tsv:" + line + ": duplicate phrase 'the Syrian Observatory' (first at origins.tsv:"));
    }

    @Test
    void listsEveryProblemOfEveryFileAtOnce() throws IOException {
        copyBundled();
        append("numbers.tsv", "seventeen\n");
        append("cues.tsv", "rumour\tallegedly\n");
        append("calendar.tsv", "weekday\tx\tFunday\n");
        append("events.tsv", "Air strike\tbombing raid\n");

        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .satisfies(e -> assertThat(((LexiconException) e).problems()).hasSize(4)
                        .anySatisfy(p -> assertThat(p).startsWith("numbers.tsv:" + lineCount("numbers.tsv") + ": expected 3"))
                        .anySatisfy(p -> assertThat(p).startsWith("cues.tsv:" + lineCount("cues.tsv") + ": unknown cue kind 'rumour'"))
                        .anySatisfy(p -> assertThat(p).startsWith("calendar.tsv:" + lineCount("calendar.tsv") + ": value must be"))
                        .anySatisfy(p -> assertThat(p).isEqualTo("events.tsv:" + lineCount("events.tsv")
                                + ": unknown ACLED sub-event type 'Air strike'")))
                .hasMessageContaining("the lexicon has 4 problems");
    }

    @Test
    void reportsAMissingFileByItsPath() throws IOException {
        copyBundled();
        Files.delete(dir.resolve("origins.tsv"));

        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("origins.tsv: cannot be read");
    }

    @Test
    void acceptsSpellingVariantsOnOneLineThatFoldAlike() {
        Lexicon lexicon = Lexicon.bundled();

        assertThat(lexicon.entries("calendar.tsv")).filteredOn(e -> e.key().equals("weekday") && e.value().equals("1"))
                .hasSize(2);
    }

    @Test
    void namesItsFilesAndCountsInItsDescription() {
        assertThat(Lexicon.bundled().toString()).startsWith("Lexicon[actors.tsv=");
    }
}

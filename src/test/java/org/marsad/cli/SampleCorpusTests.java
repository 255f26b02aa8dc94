package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.report.Language;
import org.marsad.report.Report;
import org.marsad.store.IncidentFilter;
import org.marsad.store.IncidentRecord;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;

/** The demo's own job: the bundled sample corpus, copied out of the classpath and ingested. */
class SampleCorpusTests {
    @TempDir
    static Path dir;
    static CommandRun run;
    static List<IncidentRecord> incidents = new ArrayList<>();
    static Map<String, String> answers = new HashMap<>();

    @BeforeAll
    static void ingestTheCorpus() throws IOException {
        Path corpus = SampleCorpus.copyTo(dir.resolve("samples"));
        List<String> args = new ArrayList<>(List.of("ingest", "--data", dir.resolve("data").toString()));
        SampleCorpus.reportPaths(corpus).forEach(p -> args.add(p.toString()));
        run = CommandRun.of(args.toArray(String[]::new));
        try (Store store = Store.open(StoreSettings.h2(dir.resolve("data")))) {
            store.findIncidents(IncidentFilter.NONE, 1000).forEach(s -> incidents.add(store.findIncident(s.id()).orElseThrow()));
        }
        for (String line : Files.readAllLines(corpus.resolve("answers.tsv"))) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols.length >= 2 && cols[0].startsWith("smp-")) {
                answers.putIfAbsent(cols[0], cols[1]);
            }
        }
    }

    @Test
    void everySampleIsReadWithoutRejection() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\d+ reports read: \\d+ new, 0 already stored; 0 rejected");
        int read = Integer.parseInt(run.out().substring(0, run.out().indexOf(" reports read")).strip());
        assertThat(read).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aThirdOfTheReportsAreArabic() {
        Set<Report> reports = new HashSet<>();
        incidents.forEach(i -> reports.addAll(i.reports()));
        long arabic = reports.stream().filter(r -> r.language() == Language.AR).count();

        assertThat(arabic).isGreaterThanOrEqualTo(reports.size() / 4);
    }

    @Test
    void severalOutletsAndBothLanguagesMeetInOneIncident() {
        assertThat(incidents).hasSizeGreaterThanOrEqualTo(20);
        assertThat(incidents).filteredOn(i -> i.reports().size() >= 3).hasSizeGreaterThanOrEqualTo(5);
        assertThat(incidents).anyMatch(i -> i.reports().stream().map(Report::language).distinct().count() == 2);
        assertThat(incidents).anyMatch(i -> !i.assessment().conflicts().isEmpty());
    }

    @Test
    void mergedReportsMostlyShareAnIncidentInTheAnswerKey() {
        int pairs = 0;
        int agreeing = 0;
        for (IncidentRecord i : incidents) {
            List<String> keys = i.reports().stream().map(r -> answers.get(r.id().value()))
                    .filter(k -> k != null && !k.equals("-")).toList();
            for (int a = 0; a < keys.size(); a++) {
                for (int b = a + 1; b < keys.size(); b++) {
                    pairs++;
                    agreeing += keys.get(a).equals(keys.get(b)) ? 1 : 0;
                }
            }
        }
        assertThat(pairs).isGreaterThan(20);
        assertThat((double) agreeing / pairs).isGreaterThanOrEqualTo(0.7);
    }
}

package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.assess.Grade;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.extract.RuleExtractor;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerLocator;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.incident.ClusterSettings;
import org.marsad.ingest.IngestSettings;
import org.marsad.ingest.Ingestor;
import org.marsad.lexicon.Lexicon;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.RawReport;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

class ClusteringTests {
    private static final Gazetteer PLACES = Gazetteer.bundled();
    private static final Clustering CLUSTERING = new Clustering(new Stages(
            new Ingestor(IngestSettings.DEFAULTS, Clock.systemUTC()),
            new RuleExtractor(Lexicon.bundled(), new GazetteerSpotter(PLACES)), new GazetteerLocator(PLACES),
            ClusterSettings.DEFAULTS, new RuleAssessor(SourceProfiles.bundled())));

    private static final List<Report> REPORTS = List.of(
            report("sohr-1", "SOHR", "2018-12-17T08:00:00Z", Language.EN, "A US-led coalition air strike killed 12 "
                    + "civilians in the village of al-Shafa in the eastern Deir ez-Zor countryside on Sunday."),
            report("d24-1", "Deir Ezzor 24", "2018-12-17T09:00:00Z", Language.AR, "قتل 17 مدنياً بينهم أطفال في غارة "
                    + "جوية لطيران التحالف الدولي على بلدة الشعفة بريف دير الزور الشرقي يوم الأحد."),
            report("afp-1", "AFP", "2018-12-17T10:00:00Z", Language.EN, "Coalition warplanes struck Sha'fah on Sunday, "
                    + "killing 12 civilians, AFP reported, citing the Syrian Observatory for Human Rights."),
            report("sohr-2", "SOHR", "2018-12-21T08:00:00Z", Language.EN, "Coalition aircraft carried out an air "
                    + "strike on al-Sousa on Thursday, killing 4 civilians."),
            report("sohr-3", "SOHR", "2018-12-14T08:00:00Z", Language.EN, "Coalition aircraft carried out an air "
                    + "strike on al-Sousa on Thursday, killing 6 civilians."));

    @Test
    void theSameStrikeInTwoLanguagesIsOneIncidentAndOtherDaysStayApart() {
        List<AssessedIncident> incidents = CLUSTERING.cluster(REPORTS);

        assertThat(groups(incidents)).containsExactlyInAnyOrder(
                Set.of("sohr-1", "d24-1", "afp-1"), Set.of("sohr-2"), Set.of("sohr-3"));
        AssessedIncident shafa = incidents.stream().filter(i -> i.incident().claims().size() == 3).findFirst().orElseThrow();
        assertThat(shafa.assessment().grade()).isEqualTo(Grade.FAIR);
        assertThat(shafa.assessment().independentSources()).isEqualTo(2);
        assertThat(shafa.assessment().fatalities().high()).isEqualTo(17);
    }

    @Test
    void theSameReportsInAnyOrderGiveTheSameIncidentsWithTheSameIds() {
        List<String> expected = ids(CLUSTERING.cluster(REPORTS));
        Random random = new Random(2019);
        for (int round = 0; round < 10; round++) {
            List<Report> shuffled = new ArrayList<>(REPORTS);
            Collections.shuffle(shuffled, random);
            assertThat(ids(CLUSTERING.cluster(shuffled))).isEqualTo(expected);
        }
    }

    private static List<String> ids(List<AssessedIncident> incidents) {
        return incidents.stream().map(i -> i.incident().id().value() + "=" + i.incident().claims().stream()
                .map(c -> c.claim().report().value()).sorted().toList()).sorted().toList();
    }

    private static Set<Set<String>> groups(List<AssessedIncident> incidents) {
        return incidents.stream().map(i -> i.incident().claims().stream().map(c -> c.claim().report().value())
                .collect(Collectors.toSet())).collect(Collectors.toSet());
    }

    private static Report report(String id, String source, String published, Language language, String text) {
        return new Report(new ReportId(id), RawReport.sha256(text), source, null, Instant.parse(published), language,
                null, text, Origin.file("test"));
    }
}

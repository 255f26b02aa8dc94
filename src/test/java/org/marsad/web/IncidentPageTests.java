package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.marsad.assess.SourceProfiles;
import org.marsad.report.Language;
import org.marsad.store.IncidentRecord;
import org.marsad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident page's model, built from what the real pipeline stored for the al-Shafa strike. */
class IncidentPageTests {
    @TempDir
    static Path dir;
    static Store store;
    static IncidentRecord strike;

    @BeforeAll
    static void ingest() {
        store = WebFixture.ingested(dir);
        strike = store.findIncident(WebFixture.shafaStrike(store).id()).orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySourceRowIsPairedWithTheReportOfThatOutlet() {
        IncidentPage page = IncidentPage.of(strike);
        SourceProfiles profiles = SourceProfiles.bundled();

        assertThat(page.sources()).hasSize(strike.assessment().sources().size()).isNotEmpty();
        assertThat(page.sources()).allSatisfy(row -> {
            assertThat(row.report()).isNotNull();
            assertThat(row.claim().report()).isEqualTo(row.report().id());
            assertThat(profiles.canonical(row.report().source())).isEqualTo(row.credit().source());
        });
    }

    @Test
    void thereIsOneCardPerReportOldestFirstAndArabicCardsRunRightToLeft() {
        IncidentPage page = IncidentPage.of(strike);

        assertThat(page.cards()).hasSize(strike.reports().size());
        assertThat(page.cards()).extracting(card -> card.report().published()).isSorted();
        assertThat(page.cards()).allSatisfy(card -> assertThat(card.dir())
                .isEqualTo(card.report().language() == Language.AR ? "rtl" : "ltr"));
        assertThat(page.cards()).anySatisfy(card -> assertThat(card.arabic()).isTrue());
    }

    @Test
    void everyClaimExcerptHighlightsItsEvidenceInsideTheReportText() {
        IncidentPage page = IncidentPage.of(strike);

        assertThat(page.cards()).allSatisfy(card -> assertThat(card.claims()).allSatisfy(claim -> {
            Excerpt e = claim.excerpt();
            assertThat(e.evidence()).isNotBlank();
            assertThat(card.report().text()).contains(e.before() + e.evidence() + e.after());
        }));
    }

    @Test
    void theLeadAndPlaceAreTheStrikeInAlShafa() {
        IncidentPage page = IncidentPage.of(strike);

        assertThat(page.place().name()).isEqualTo("al-Shafa");
        assertThat(page.place().nameAr()).isEqualTo("الشعفة");
        assertThat(page.lead().subEventType().acledName()).isEqualTo("Air/drone strike");
        assertThat(page.actors()).contains("coalition", "civilians");
    }
}

package org.marsad.extract;

import java.time.Instant;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerSpotter;
import org.marsad.lexicon.Lexicon;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * The shared lexicon, gazetteer and extractor of the extract tests, and reports dated in the
 * Hajin battle: published Sunday 16 December 2018, 09:30 in Deir ez-Zor (07:30 UTC).
 */
final class Fixtures {
    static final Instant SUNDAY_16_DECEMBER_2018 = Instant.parse("2018-12-16T07:30:00Z");
    static final Lexicon LEXICON = Lexicon.bundled();
    static final RuleExtractor EXTRACTOR = new RuleExtractor(LEXICON, new GazetteerSpotter(Gazetteer.bundled()));

    private Fixtures() {
    }

    /** The actor1 and actor2 ids (null where none) of the one claim the text makes; fails when it makes another number. */
    static java.util.List<String> actorsOfTheOnlyClaim(String text) {
        java.util.List<EventClaim> claims = EXTRACTOR.extract(report(text));
        org.assertj.core.api.Assertions.assertThat(claims).as(text).hasSize(1);
        EventClaim c = claims.get(0);
        return java.util.Arrays.asList(c.actor1() == null ? null : c.actor1().value(),
                c.actor2() == null ? null : c.actor2().value());
    }

    static Report report(String text) {
        return report(text, SUNDAY_16_DECEMBER_2018);
    }

    static Report report(String text, Instant published) {
        Language language = text.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? Language.AR : Language.EN;
        return new Report(new ReportId("test-" + Integer.toHexString(text.hashCode())), "0".repeat(64), null, null,
                published, language, null, text, Origin.file("test"));
    }
}

package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Span;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

class GazetteerLocatorTests {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final String SURAN_ALEPPO = "geonames:163913";
    private static final String SURAN_HAMA = "geonames:163915";
    private final GazetteerLocator locator = new GazetteerLocator(GAZETTEER);

    private Location resolveFirst(String text, String mention) {
        int start = text.indexOf(mention);
        return locator.resolve(new PlaceMention(mention, new Span(start, start + mention.length()), ""), text);
    }

    @Test
    void resolvesSuranToTheTownInAleppoWhenTheReportNamesAleppoCountryside() {
        Location suran = resolveFirst("Clashes erupted in Suran in the northern countryside of Aleppo.", "Suran");

        assertThat(suran.gazetteerId()).isEqualTo(SURAN_ALEPPO);
        assertThat(suran.admin1()).isEqualTo("Aleppo");
        assertThat(suran.geoPrecision()).isEqualTo(1);
        assertThat(suran.candidates()).containsExactly("geonames:96961", SURAN_HAMA);
        assertThat(suran.why()).anyMatch(r -> r.equals("governorate: governorate 'countryside of Aleppo' named next to the mention keeps geonames:163913 Suran"));
    }

    @Test
    void prefersTheExactSpellingSuranOverSoranInErbil() {
        Location suran = resolveFirst("Clashes erupted in Suran in the northern countryside of Aleppo.", "Suran");

        assertThat(suran.why()).contains("exact spelling: 'Suran' is spelled exactly so only by "
                + "geonames:163913 Suran, geonames:163915 Suran");
    }

    @Test
    void resolvesSuranToTheTownInHamaWhenAnArabicReportNamesHamaCountryside() {
        Location suran = resolveFirst("اشتباكات عنيفة في صوران بريف حماة الشمالي", "صوران");

        assertThat(suran.gazetteerId()).isEqualTo(SURAN_HAMA);
        assertThat(suran.admin1()).isEqualTo("Hama");
        assertThat(suran.nameAr()).isEqualTo("صوران");
    }

    @Test
    void resolvesSuranByAnotherTownOfTheSameReport() {
        Location suran = resolveFirst("Regime shelling on Morek. Later the shelling moved to Suran.", "Suran");

        assertThat(suran.gazetteerId()).isEqualTo(SURAN_HAMA);
        assertThat(suran.why()).anyMatch(r -> r.startsWith("places in the same report:") && r.contains("Murak"));
    }

    @Test
    void givesTheBestGuessWithPrecisionTwoAndAllCandidatesWhenNothingDecides() {
        Location suran = resolveFirst("Shelling hit Suran overnight.", "Suran");

        assertThat(suran.gazetteerId()).isEqualTo(SURAN_HAMA);
        assertThat(suran.geoPrecision()).isEqualTo(2);
        assertThat(suran.candidates()).contains(SURAN_ALEPPO);
        assertThat(suran.why()).contains("not confident: geo precision lowered to 2, all candidates kept");
    }

    @Test
    void prefersTheCandidateInsideAConfiguredFocusArea() {
        GazetteerLocator idlibDesk = new GazetteerLocator(GAZETTEER, new FocusArea("Idlib", 35.93, 36.63, 60));
        String text = "Airstrikes on Sinjar";

        Location sinjar = idlibDesk.resolve(new PlaceMention("Sinjar", new Span(14, 20), ""), text);
        Location sinjarByDefault = locator.resolve(new PlaceMention("Sinjar", new Span(14, 20), ""), text);

        assertThat(sinjar.country()).isEqualTo("Syria");
        assertThat(sinjar.admin1()).isEqualTo("Idlib");
        assertThat(sinjar.why()).anyMatch(r -> r.startsWith("focus area:"));
        assertThat(sinjarByDefault.country()).isEqualTo("Iraq");
        assertThat(sinjarByDefault.iso()).isEqualTo(368);
        assertThat(sinjarByDefault.geoPrecision()).isEqualTo(2);
    }

    @Test
    void resolvesAreasWithPrecisionThree() {
        Location east = resolveFirst("غارات على ريف دير الزور الشرقي", "ريف دير الزور الشرقي");
        Location pocket = resolveFirst("The last ISIS pocket: the Hajin pocket", "Hajin pocket");

        assertThat(east.gazetteerId()).isEqualTo("overlay:deir-ez-zor-east");
        assertThat(east.geoPrecision()).isEqualTo(3);
        assertThat(east.admin1()).isEqualTo("Deir ez-Zor");
        assertThat(pocket.gazetteerId()).isEqualTo("overlay:hajin-pocket");
        assertThat(pocket.geoPrecision()).isEqualTo(3);
    }

    @Test
    void resolvesAGovernorateNamedOnItsOwnAsAnAreaAtItsSeat() {
        Location anbar = resolveFirst("Iraqi forces shelled ISIS positions across the border from Anbar province", "Anbar province");

        assertThat(anbar.gazetteerId()).isEqualTo("overlay:anbar-governorate");
        assertThat(anbar.geoPrecision()).isEqualTo(3);
        assertThat(anbar.admin1()).isEqualTo("Anbar");
        assertThat(anbar.country()).isEqualTo("Iraq");
    }

    @Test
    void givesPrecisionTwoToAPlaceTheReportSaysIsOnlyNear() {
        Location hajin = resolveFirst("Fighting near Hajin continued.", "Hajin");

        assertThat(hajin.gazetteerId()).isEqualTo("geonames:174506");
        assertThat(hajin.geoPrecision()).isEqualTo(2);
    }

    @Test
    void findsTheNameInsideAMentionThatCarriesItsCueWord() {
        Location shafa = resolveFirst("غارات على بلدة الشعفة", "بلدة الشعفة");
        Location bahra = resolveFirst("Strikes on the village of al-Bahra", "the village of al-Bahra");

        assertThat(shafa.gazetteerId()).isEqualTo("overlay:shafa");
        assertThat(shafa.why()).startsWith("exact name: the mention 'بلدة الشعفة' contains the name 'الشعفة'");
        assertThat(bahra.gazetteerId()).isEqualTo("overlay:bahra");
    }

    @Test
    void takesOnePlaceListedTwiceAsConfident() throws URISyntaxException {
        Path twins = Path.of(GazetteerLocatorTests.class.getResource("/geo/twin-rows.tsv").toURI());
        GazetteerLocator twinLocator = new GazetteerLocator(Gazetteer.load(List.of(twins)));

        Location place = twinLocator.resolve(new PlaceMention("Twin Village", new Span(0, 12), ""), "Twin Village");

        assertThat(place.gazetteerId()).isEqualTo("geonames:9100002");
        assertThat(place.geoPrecision()).isEqualTo(1);
        assertThat(place.candidates()).containsExactly("geonames:9100001");
        assertThat(place.why()).last().asString().contains("one place listed more than once");
    }

    @Test
    void leavesAnUnknownPlaceUnresolvedAndSaysSo() {
        Location nowhere = resolveFirst("Clashes in Atlantis", "Atlantis");

        assertThat(nowhere.resolved()).isFalse();
        assertThat(nowhere.gazetteerId()).isNull();
        assertThat(nowhere.why()).containsExactly("no gazetteer entry is named 'Atlantis'");
    }

    @Test
    void locatesTheClaimOfAReportAndFillsEveryField() {
        String text = "قصف جوي للتحالف على بلدة السوسة شرق هجين أدى إلى مقتل 12 مدنياً";
        int start = text.indexOf("السوسة");
        Report report = new Report(new ReportId("d24-2018-11-02"), "0".repeat(64), "Deir Ezzor 24", null,
                Instant.parse("2018-11-02T10:00:00Z"), Language.AR, null, text, Origin.file("fixtures/d24.txt"));
        EventClaim claim = new EventClaim(report.id(), 0, EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                SubEventType.AIR_DRONE_STRIKE, null, null, new PlaceMention("السوسة", new Span(start, start + 6), "شرق هجين"),
                LocalDate.of(2018, 11, 2), TimePrecision.DAY, null, null, null, null, Stance.ASSERTED,
                new Span(0, text.length()), text, List.of());

        Location susah = locator.locate(claim, report).location();

        assertThat(susah.gazetteerId()).isEqualTo("geonames:172415");
        assertThat(susah.name()).isEqualTo("al-Susah");
        assertThat(susah.nameAr()).isEqualTo("السوسة");
        assertThat(susah.lat()).isEqualTo(34.53366);
        assertThat(susah.lon()).isEqualTo(40.95819);
        assertThat(susah.admin1()).isEqualTo("Deir ez-Zor");
        assertThat(susah.admin2()).isEqualTo("Abu Kamal");
        assertThat(susah.country()).isEqualTo("Syria");
        assertThat(susah.iso()).isEqualTo(760);
        assertThat(susah.geoPrecision()).isEqualTo(1);
        assertThat(locator.locate(withoutPlace(claim), report).location()).isNull();
    }

    private static EventClaim withoutPlace(EventClaim c) {
        return new EventClaim(c.report(), 1, c.eventType(), c.subEventType(), null, null, null, c.date(),
                c.timePrecision(), null, null, null, null, c.stance(), c.span(), c.evidence(), c.why());
    }

    @Test
    void prefersTheLivingTownToTheRuinedOneAndIgnoresApostrophesInTheSpelling() {
        Location anah = resolveFirst("The Iraqi army deployed troops from Anah to the border.", "Anah");

        assertThat(anah.gazetteerId()).isEqualTo("geonames:6765385");
        assertThat(anah.candidates()).contains("geonames:98885");
    }

    @Test
    void tellsTheTwoSalihiyahsApartByTheTownNamedNearby() {
        Location south = resolveFirst("A landmine exploded in al-Salihiyah, south of al-Ashara.", "al-Salihiyah");
        Location north = resolveFirst("Regime forces in al-Salihiyah shelled Khasham.", "al-Salihiyah");

        assertThat(south.gazetteerId()).isEqualTo("overlay:salihiyah-abu-kamal");
        assertThat(north.gazetteerId()).isEqualTo("overlay:salihiyah-deir-ez-zor");
        assertThat(north.why()).anyMatch(r -> r.startsWith("places in the same report:") && r.contains("Khusham"));
    }
}

package org.marsad.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Span;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.report.ReportId;

class IncidentIndexTests {
    private static final Location SHAFA = place("overlay:shafa", "al-Shafa", 34.579, 40.934);
    private static final Location SOUSA = place("overlay:sousa", "al-Sousa", 34.542, 40.990);
    private static final Location HAJIN = place("geonames:hajin", "Hajin", 34.694, 40.832);
    private static final LocalDate SUNDAY = LocalDate.of(2018, 12, 16);

    private int reports;

    @Test
    void theSameStrikeInArabicAndEnglishWithDifferentSpellingsIsOneIncident() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        Placement english = index.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition"));
        Placement arabic = index.add(strike("الشعفة", SHAFA, SUNDAY, "coalition"));
        Placement local = index.add(strike("Shaafa", SHAFA, SUNDAY.plusDays(1), null));

        assertThat(english.created()).isTrue();
        assertThat(arabic.incident()).isEqualTo(english.incident());
        assertThat(local.incident()).isEqualTo(english.incident());
        assertThat(arabic.reason()).startsWith("joined");
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void strikesOnOneVillageDaysApartStayApart() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        index.add(strike("al-Sousa", SOUSA, SUNDAY, "coalition"));
        index.add(strike("al-Sousa", SOUSA, SUNDAY.plusDays(4), "coalition"));

        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void reportsOnSuccessiveDaysDoNotChainIntoOneIncident() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        for (int day = 0; day < 6; day++) {
            index.add(strike("Hajin", HAJIN, SUNDAY.plusDays(day), "coalition"));
        }

        assertThat(index.incidents()).allSatisfy(i -> assertThat(i.claims().size()).isLessThanOrEqualTo(3));
        assertThat(index.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void neighbouringVillagesOnOneDayStayApartWhenTheTypeDiffers() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        index.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition"));
        index.add(claim("Hajin", HAJIN, SUNDAY, "isis", EventType.BATTLES, SubEventType.ARMED_CLASH, Stance.ASSERTED));

        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void neighbouringVillagesStruckOnOneDayByTheSameAircraftAreTwoIncidents() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        index.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition"));
        index.add(strike("al-Sousa", SOUSA, SUNDAY, "coalition"));
        index.add(strike("الشعفة", SHAFA, SUNDAY, "coalition"));

        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aStrikeNearAVillageJoinsTheStrikeOnTheVillageThatDay() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        Location nearSousa = new Location("near al-Sousa", "overlay:sousa", "al-Sousa", null, 34.542, 40.990, 2,
                "Deir ez-Zor", null, "Syria", 760, List.of(), List.of());

        Placement onShafa = index.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition"));
        Placement near = index.add(strike("near al-Sousa", nearSousa, SUNDAY, "coalition"));

        assertThat(near.incident()).isEqualTo(onShafa.incident());
    }

    @Test
    void aDayApartOneVillageNeedsTheSameSubEventTypeNotJustARelatedOne() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        Placement gas = index.add(claim("Hajin", HAJIN, SUNDAY, "coalition", EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                SubEventType.CHEMICAL_WEAPON, Stance.ASSERTED));
        Placement shelling = index.add(claim("Hajin", HAJIN, SUNDAY.plusDays(1), null,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, Stance.ASSERTED));
        Placement strike = index.add(strike("Hajin", HAJIN, SUNDAY.plusDays(2), null));
        Placement again = index.add(strike("هجين", HAJIN, SUNDAY.plusDays(3), null));

        assertThat(shelling.incident()).isNotEqualTo(gas.incident());
        assertThat(again.incident()).isEqualTo(strike.incident());
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aTypedDenialMatchesOnItsTypeAndDoesNotPullInTheNextDaysShelling() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        Placement gas = index.add(claim("Hajin", HAJIN, SUNDAY, "coalition", EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                SubEventType.CHEMICAL_WEAPON, Stance.ASSERTED));
        Placement denial = index.add(claim("Hajin", HAJIN, SUNDAY, "coalition", EventType.EXPLOSIONS_REMOTE_VIOLENCE,
                SubEventType.CHEMICAL_WEAPON, Stance.DENIED));
        Placement shelling = index.add(claim("Hajin", HAJIN, SUNDAY.plusDays(1), null,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, Stance.ASSERTED));

        assertThat(denial.incident()).isEqualTo(gas.incident());
        assertThat(shelling.created()).isTrue();
    }

    @Test
    void onOneDayInOneVillageAnAirStrikeAndAMassacreAreOneIncidentWhateverTheTypes() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        Placement strike = index.add(strike("al-Sousa", SOUSA, SUNDAY, "coalition"));
        Placement massacre = index.add(claim("السوسة", SOUSA, SUNDAY, null, EventType.VIOLENCE_AGAINST_CIVILIANS,
                SubEventType.ATTACK, Stance.ASSERTED));

        assertThat(massacre.incident()).isEqualTo(strike.incident());
    }

    @Test
    void aDenialJoinsTheIncidentItDenies() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        Placement strike = index.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition"));
        Placement denial = index.add(claim("al-Shafa", SHAFA, SUNDAY, "coalition", null, null, Stance.DENIED));

        assertThat(denial.incident()).isEqualTo(strike.incident());
    }

    @Test
    void aClaimDatedOnlyToTheMonthDoesNotBridgeStrikesWeeksApart() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        LocatedClaim early = strike("al-Sousa", SOUSA, SUNDAY.minusDays(10), "coalition");
        LocatedClaim vague = new LocatedClaim(withPrecision(strike("al-Sousa", SOUSA, SUNDAY.minusDays(5), "coalition"),
                TimePrecision.MONTH), SOUSA);
        LocatedClaim late = strike("al-Sousa", SOUSA, SUNDAY, "coalition");

        Placement first = index.add(early);
        Placement second = index.add(vague);
        Placement third = index.add(late);

        assertThat(second.incident()).isEqualTo(first.incident());
        assertThat(third.incident()).isNotEqualTo(first.incident());
        assertThat(index.size()).isEqualTo(2);
    }

    private static EventClaim withPrecision(LocatedClaim located, TimePrecision precision) {
        EventClaim c = located.claim();
        return new EventClaim(c.report(), c.index(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(), c.place(),
                c.date(), precision, c.fatalities(), c.civilianFatalities(), c.injured(), c.attributedTo(), c.stance(),
                c.span(), c.evidence(), c.why());
    }

    @Test
    void aClaimWithoutDateOrPlaceIsNotClustered() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);

        Placement undated = index.add(strike("al-Shafa", SHAFA, null, "coalition"));

        assertThat(undated.incident()).isEmpty();
        assertThat(undated.reason()).contains("needs an event type, a date and a place");
        assertThat(index.size()).isZero();
    }

    @Test
    void twoClaimsOfOneReportOnDifferentDaysNeverJoinOneIncident() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        ReportId report = new ReportId("one-report");

        index.add(new LocatedClaim(claim(report, 0, "al-Shafa", SUNDAY, "coalition"), SHAFA));
        index.add(new LocatedClaim(claim(report, 1, "al-Shafa", SUNDAY.plusDays(1), "coalition"), SHAFA));

        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aRestoredIndexKeepsIdsAndTakesNewClaims() {
        IncidentIndex first = new IncidentIndex(ClusterSettings.DEFAULTS);
        IncidentId id = first.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition")).incident().orElseThrow();

        IncidentIndex again = new IncidentIndex(ClusterSettings.DEFAULTS);
        first.incidents().forEach(again::restore);
        Placement later = again.add(strike("الشعفة", SHAFA, SUNDAY, "coalition"));

        assertThat(later.incident()).contains(id);
        assertThat(again.incident(id).orElseThrow().claims()).hasSize(2);
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfArrival() {
        List<LocatedClaim> claims = List.of(
                strike("al-Shafa", SHAFA, SUNDAY, "coalition"), strike("الشعفة", SHAFA, SUNDAY, "coalition"),
                strike("Sha'fah", SHAFA, SUNDAY, null), strike("al-Sousa", SOUSA, SUNDAY.plusDays(3), "coalition"),
                strike("السوسة", SOUSA, SUNDAY.plusDays(3), "coalition"), strike("al-Sousa", SOUSA, SUNDAY.plusDays(9), null));
        Set<Set<String>> expected = groups(claims);
        Random random = new Random(20181216);
        for (int round = 0; round < 20; round++) {
            List<LocatedClaim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            assertThat(groups(shuffled)).isEqualTo(expected);
        }
        assertThat(expected).hasSize(3);
    }

    private static Set<Set<String>> groups(List<LocatedClaim> claims) {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        claims.forEach(index::add);
        return index.incidents().stream()
                .map(i -> i.claims().stream().map(c -> c.claim().report().value()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void aReportRetellingItsStrikeInASecondSentenceStaysInOneIncidentButItsOtherVillageDoesNot() {
        IncidentIndex index = new IncidentIndex(ClusterSettings.DEFAULTS);
        ReportId sana = new ReportId("sana-massacre");
        index.add(strike("al-Shafa", SHAFA, SUNDAY, "coalition"));

        Placement massacre = index.add(new LocatedClaim(claim(sana, 0, "الشعفة", SUNDAY, "coalition"), SHAFA));
        Placement retold = index.add(new LocatedClaim(claim(sana, 1, "البلدة", SUNDAY, "coalition"), SHAFA));
        Placement elsewhere = index.add(new LocatedClaim(claim(sana, 2, "السوسة", SUNDAY, "coalition"), SOUSA));

        assertThat(retold.incident()).isEqualTo(massacre.incident());
        assertThat(elsewhere.incident()).isNotEqualTo(massacre.incident());
        assertThat(index.size()).isEqualTo(2);
    }

    private LocatedClaim strike(String mention, Location place, LocalDate date, String actor) {
        return claim(mention, place, date, actor, EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE,
                Stance.ASSERTED);
    }

    private LocatedClaim claim(String mention, Location place, LocalDate date, String actor, EventType type,
                               SubEventType sub, Stance stance) {
        ReportId report = new ReportId("report-" + (++reports) + "-" + mention);
        EventClaim c = new EventClaim(report, 0, type, sub, actor == null ? null : new ActorId(actor), null,
                new PlaceMention(mention, new Span(0, mention.length()), null), date,
                date == null ? null : TimePrecision.DAY, null, null, null, null, stance,
                new Span(0, mention.length()), mention, List.of());
        return new LocatedClaim(c, place);
    }

    private static EventClaim claim(ReportId report, int index, String mention, LocalDate date, String actor) {
        return new EventClaim(report, index, EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE,
                new ActorId(actor), null, new PlaceMention(mention, new Span(0, mention.length()), null), date,
                TimePrecision.DAY, null, null, null, null, Stance.ASSERTED, new Span(0, mention.length()), mention,
                List.of());
    }

    private static Location place(String id, String name, double lat, double lon) {
        return new Location(name, id, name, null, lat, lon, 1, "Deir ez-Zor", null, "Syria", 760, List.of(), List.of());
    }
}

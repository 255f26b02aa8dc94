package org.marsad.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Figure;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Span;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.report.ReportId;

/**
 * Generated claims for benchmarks: events spread over ten years and a few thousand places in
 * Syria and Iraq, each reported by one to eight outlets, a day apart at most, with varying tolls.
 * Seeded, so every run measures the same input.
 */
public final class SyntheticClaims {
    private static final SubEventType[] TYPES = {SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH,
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        SubEventType.ATTACK, SubEventType.SUICIDE_BOMB};
    private static final String[] ACTORS = {"isis", "coalition", "sdf", "syrian_gov", "russia", "iraq_gov", "unknown"};
    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 3650;
    private static final int PLACES = 4000;

    private final SplittableRandom random;
    private final Location[] places = new Location[PLACES];
    private int reports;

    public SyntheticClaims(long seed) {
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < PLACES; i++) {
            double lat = 30 + random.nextDouble() * 7;
            double lon = 36 + random.nextDouble() * 11;
            places[i] = new Location("place " + i, "bench:" + i, "place " + i, null, lat, lon, 1 + random.nextInt(2),
                    null, null, null, 0, List.of(), List.of());
        }
    }

    /** The claims of about {@code count} reports' worth of events, in generation order. */
    public List<LocatedClaim> claims(int count) {
        List<LocatedClaim> out = new ArrayList<>(count);
        while (out.size() < count) {
            out.addAll(event(Math.min(count - out.size(), 1 + random.nextInt(8))));
        }
        return out;
    }

    /** One event reported {@code sources} times. */
    public List<LocatedClaim> event(int sources) {
        Location place = places[random.nextInt(PLACES)];
        LocalDate day = START.plusDays(random.nextInt(DAYS));
        SubEventType type = TYPES[random.nextInt(TYPES.length)];
        String actor = ACTORS[random.nextInt(ACTORS.length)];
        int toll = random.nextInt(30);
        List<LocatedClaim> out = new ArrayList<>(sources);
        for (int s = 0; s < sources; s++) {
            LocalDate reported = random.nextInt(5) == 0 ? day.plusDays(1) : day;
            out.add(claim(place, reported, type, actor, Math.max(0, toll + random.nextInt(7) - 3)));
        }
        return out;
    }

    private LocatedClaim claim(Location place, LocalDate day, SubEventType type, String actor, int killed) {
        ReportId report = new ReportId("bench-" + (reports++));
        String text = "synthetic report " + report.value();
        EventClaim claim = new EventClaim(report, 0, type.eventType(), type, new ActorId(actor), null,
                new PlaceMention(place.mention(), new Span(0, 1), null), day, TimePrecision.DAY,
                Figure.exactly(killed), null, null, null, Stance.ASSERTED, new Span(0, text.length()), text, List.of());
        return new LocatedClaim(claim, place);
    }

    /**
     * Claims as {@link #claims} makes them, with one in twenty dated only to the month, one in twenty
     * placed only in a region (geo precision 3) and one in twenty with its place unresolved, as
     * in a real store.
     */
    public List<LocatedClaim> mixedClaims(int count) {
        List<LocatedClaim> out = new ArrayList<>(count);
        for (LocatedClaim located : claims(count)) {
            EventClaim c = located.claim();
            Location l = located.location();
            switch (random.nextInt(20)) {
                case 0 -> c = new EventClaim(c.report(), c.index(), c.eventType(), c.subEventType(), c.actor1(),
                        c.actor2(), c.place(), c.date(), TimePrecision.MONTH, c.fatalities(), c.civilianFatalities(),
                        c.injured(), c.attributedTo(), c.stance(), c.span(), c.evidence(), c.why());
                case 1 -> l = new Location(l.mention(), l.gazetteerId(), l.name(), null, l.lat(), l.lon(), 3, null, null,
                        null, 0, List.of(), List.of());
                case 2 -> l = new Location(l.mention(), null, null, null, null, null, 1, null, null, null, 0, List.of(),
                        List.of());
                default -> { }
            }
            out.add(new LocatedClaim(c, l));
        }
        return out;
    }

    /** For the record: what the generator spreads events over. */
    public static String describe() {
        return PLACES + " places in 30-37 N, 36-47 E; " + DAYS + " days from " + START + "; 1-8 reports per event; "
                + TYPES.length + " sub-event types";
    }
}

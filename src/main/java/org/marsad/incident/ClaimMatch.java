package org.marsad.incident;

import java.util.Objects;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.geo.GazetteerEntry;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.text.NormalizedText;

/**
 * Scores how likely two claims describe the same event: type (same sub-event 1, same event type
 * or strike-versus-shelling 0.6, a denial of an untyped event 0.8, a denial of another type 0.3),
 * place (same gazetteer entry or mention 1, within the distance allowed 0.7), date (same day 1,
 * within the window 0.3), plus 0.2 when the acting party agrees. Claims too far apart in time or
 * space score 0, and so do claims naming two different villages precisely. With the threshold of 2,
 * the same day and place suffice whatever the types; a day apart needs the same place and either the
 * same sub-event type or a related one and the same acting party.
 */
final class ClaimMatch {
    /**
     * Entries closer than this are one locality (a village and its quarter, or twin gazetteer rows).
     * Two towns or villages farther apart, each named precisely (geo precision 1), are two places: a
     * report that names a village seldom names its neighbour for the same event, while neighbouring
     * villages are often hit on the same day (al-Shafa and al-Sousa, the two Baghuz).
     */
    static final double SAME_LOCALITY_KM = 1.0;

    private final ClusterSettings settings;

    ClaimMatch(ClusterSettings settings) {
        this.settings = settings;
    }

    double score(LocatedClaim a, LocatedClaim b) {
        double date = date(a.claim(), b.claim());
        double place = place(a, b);
        if (date == 0 || place == 0) {
            return 0;
        }
        double type = type(a.claim(), b.claim());
        double actors = a.claim().actor1() != null && Objects.equals(a.claim().actor1(), b.claim().actor1()) ? 0.2 : 0;
        return date + place + type + actors;
    }

    /**
     * Whether two claims of one report tell of one event: the same day and the same place ("a new
     * massacre by coalition aircraft in al-Shafa … the strikes hit houses in the town"). A report's
     * claims otherwise stand for different events.
     */
    boolean retells(LocatedClaim a, LocatedClaim b) {
        EventClaim ca = a.claim();
        EventClaim cb = b.claim();
        return ca.date() != null && ca.date().equals(cb.date()) && ca.timePrecision() == cb.timePrecision()
                && place(a, b) == 1;
    }

    private double date(EventClaim a, EventClaim b) {
        if (a.date() == null || b.date() == null) {
            return 0;
        }
        long apart = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
        int window = Math.max(settings.days(a.timePrecision().code()), settings.days(b.timePrecision().code()));
        if (apart == 0) {
            return 1;
        }
        return apart <= window ? 0.3 : 0;
    }

    private double place(LocatedClaim a, LocatedClaim b) {
        Location la = a.location();
        Location lb = b.location();
        if (la != null && lb != null && la.resolved() && lb.resolved()) {
            if (la.gazetteerId().equals(lb.gazetteerId())) {
                return 1;
            }
            double km = GazetteerEntry.greatCircleKm(la.lat(), la.lon(), lb.lat(), lb.lon());
            boolean twoVillages = la.geoPrecision() == 1 && lb.geoPrecision() == 1 && km > SAME_LOCALITY_KM;
            return twoVillages || km > settings.km(Math.max(la.geoPrecision(), lb.geoPrecision())) ? 0 : 0.7;
        }
        String ma = mention(a);
        String mb = mention(b);
        return ma != null && ma.equals(mb) ? 1 : 0;
    }

    private static String mention(LocatedClaim c) {
        return c.claim().place() == null ? null : NormalizedText.fold(c.claim().place().text());
    }

    private static double type(EventClaim a, EventClaim b) {
        boolean denial = a.stance() == Stance.DENIED || b.stance() == Stance.DENIED;
        if (denial && (a.eventType() == null || b.eventType() == null)) {
            return 0.8;
        }
        if (a.subEventType() == b.subEventType()) {
            return 1;
        }
        if ((remote(a.subEventType()) && remote(b.subEventType())) || a.eventType() == b.eventType()) {
            return 0.6;
        }
        return denial ? 0.3 : 0;
    }

    /** Air strikes and shelling are often confused by those on the ground. */
    private static boolean remote(SubEventType t) {
        return t == SubEventType.AIR_DRONE_STRIKE || t == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK
                || (t != null && t.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }
}

package org.marsad.incident;

import java.util.Objects;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.text.NormalizedText;

/**
 * Scores how likely two claims describe the same event: type (same sub-event 1, same event type
 * or strike-versus-shelling 0.6, a denial 0.8), place (same gazetteer entry or mention 1, within
 * the distance allowed 0.7), date (same day 1, within the window 0.6), plus 0.2 when the acting
 * party agrees. Claims too far apart in time or space score 0.
 */
final class ClaimMatch {
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

    private double date(EventClaim a, EventClaim b) {
        if (a.date() == null || b.date() == null) {
            return 0;
        }
        long apart = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
        int window = Math.max(settings.days(a.timePrecision().code()), settings.days(b.timePrecision().code()));
        if (apart == 0) {
            return 1;
        }
        return apart <= window ? 0.6 : 0;
    }

    private double place(LocatedClaim a, LocatedClaim b) {
        Location la = a.location();
        Location lb = b.location();
        if (la != null && lb != null && la.resolved() && lb.resolved()) {
            if (la.gazetteerId().equals(lb.gazetteerId())) {
                return 1;
            }
            double km = Distance.km(la.lat(), la.lon(), lb.lat(), lb.lon());
            return km <= settings.km(Math.max(la.geoPrecision(), lb.geoPrecision())) ? 0.7 : 0;
        }
        String ma = mention(a);
        String mb = mention(b);
        return ma != null && ma.equals(mb) ? 1 : 0;
    }

    private static String mention(LocatedClaim c) {
        return c.claim().place() == null ? null : NormalizedText.fold(c.claim().place().text());
    }

    private static double type(EventClaim a, EventClaim b) {
        if (a.stance() == Stance.DENIED || b.stance() == Stance.DENIED) {
            return a.eventType() == null || b.eventType() == null || a.eventType() == b.eventType() ? 0.8 : 0.3;
        }
        if (a.subEventType() == b.subEventType()) {
            return 1;
        }
        if (remote(a.subEventType()) && remote(b.subEventType())) {
            return 0.6;
        }
        return a.eventType() == b.eventType() ? 0.6 : 0;
    }

    /** Air strikes and shelling are often confused by those on the ground. */
    private static boolean remote(SubEventType t) {
        return t == SubEventType.AIR_DRONE_STRIKE || t == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK
                || (t != null && t.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    }
}

package org.marsad.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.extract.EventClaim;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.text.NormalizedText;

/**
 * Candidate blocking: which incidents a new claim could possibly join, without looking at the
 * rest. Precise claims (known day, town or nearby) are filed under their day and a grid cell of
 * a quarter degree, and under their day and place name as written; a new claim looks only at the
 * days its date window allows and the cells its {@link Reach} box touches. Coarse
 * claims (week or month, a whole region) are few; they are kept by day with their filing, and a
 * new claim checks those of the month around it against its {@link Reach}. The same filing and
 * reach, as values, let a store find the candidates it keeps.
 */
final class Blocks {
    /** A quarter degree. */
    private static final double CELL_DEGREES = 0.25;
    private static final int COARSE_DAYS = 31;

    private final ClusterSettings settings;
    private final Map<String, Set<IncidentId>> fine = new HashMap<>();
    private final NavigableMap<java.time.LocalDate, List<Filed>> coarse = new TreeMap<>();

    /** A coarse claim's incident and filing. */
    private record Filed(IncidentId id, Filing filing) {
    }

    Blocks(ClusterSettings settings) {
        this.settings = settings;
    }

    void file(IncidentId id, LocatedClaim claim) {
        if (claim.claim().date() == null) {
            return;
        }
        long day = claim.claim().date().toEpochDay();
        Filing filing = filing(claim);
        if (filing.coarse()) {
            coarse.computeIfAbsent(claim.claim().date(), k -> new ArrayList<>(2)).add(new Filed(id, filing));
            return;
        }
        List<String> keys = new ArrayList<>(2);
        if (filing.placeKey() != null) {
            keys.add(day + "|m|" + filing.placeKey());
        }
        if (filing.lat() != null) {
            keys.add(day + "|c|" + cell(filing.lat()) + "," + cell(filing.lon()));
        }
        keys.forEach(key -> fine.computeIfAbsent(key, k -> new HashSet<>(2)).add(id));
    }

    /** Every incident the claim might join: those with a claim within its {@link #reach}. */
    Set<IncidentId> candidates(LocatedClaim claim) {
        Reach reach = reach(claim);
        Set<IncidentId> out = new HashSet<>();
        for (long d = reach.from().toEpochDay(); d <= reach.to().toEpochDay(); d++) {
            for (String key : searchKeys(reach, d)) {
                Set<IncidentId> ids = fine.get(key);
                if (ids != null) {
                    out.addAll(ids);
                }
            }
        }
        coarse.subMap(reach.coarseFrom(), true, reach.coarseTo(), true).forEach((date, filed) -> {
            for (Filed f : filed) {
                if (reach.covers(f.filing(), date)) {
                    out.add(f.id());
                }
            }
        });
        return out;
    }

    /** Where the claims the claim could match can be; the claim must have a date. */
    Reach reach(LocatedClaim claim) {
        EventClaim c = claim.claim();
        int window = settings.days(c.timePrecision() == null ? TimePrecision.DAY.code() : c.timePrecision().code());
        Location l = claim.location();
        boolean resolved = l != null && l.resolved();
        Reach.Box box = resolved ? Reach.Box.around(l.lat(), l.lon(), settings.km(Math.max(2, l.geoPrecision()))) : null;
        Reach.Box wide = resolved ? Reach.Box.around(l.lat(), l.lon(), settings.km(3)) : null;
        int coarseDays = Math.max(window, COARSE_DAYS);
        return new Reach(c.date().minusDays(window), c.date().plusDays(window), placeKey(claim), box,
                c.date().minusDays(coarseDays), c.date().plusDays(coarseDays), wide);
    }

    /** How a claim is filed: dated to the day or not, placed in a region or not, its place name and point. */
    static Filing filing(LocatedClaim claim) {
        Location l = claim.location();
        boolean resolved = l != null && l.resolved();
        return new Filing(claim.claim().timePrecision() != TimePrecision.DAY, resolved && l.geoPrecision() == 3,
                placeKey(claim), resolved ? l.lat() : null, resolved ? l.lon() : null);
    }

    private static List<String> searchKeys(Reach reach, long day) {
        List<String> keys = new ArrayList<>();
        if (reach.placeKey() != null) {
            keys.add(day + "|m|" + reach.placeKey());
        }
        Reach.Box box = reach.box();
        if (box != null) {
            for (long r = cell(box.south()); r <= cell(box.north()); r++) {
                for (long k = cell(box.west()); k <= cell(box.east()); k++) {
                    keys.add(day + "|c|" + r + "," + k);
                }
            }
        }
        return keys;
    }

    private static String placeKey(LocatedClaim claim) {
        return claim.claim().place() == null ? null : NormalizedText.fold(claim.claim().place().text());
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }
}

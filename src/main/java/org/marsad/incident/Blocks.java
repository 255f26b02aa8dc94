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
 * days its date window allows and the cells within the distance its precision allows. Coarse
 * claims (week or month, a whole region) are few and are filed by day alone.
 */
final class Blocks {
    /** A quarter degree; the cell is at least this many km wide anywhere between 40 S and 40 N. */
    private static final double CELL_DEGREES = 0.25;
    private static final double CELL_KM = 21;
    private static final int COARSE_DAYS = 31;

    private final ClusterSettings settings;
    private final Map<String, Set<IncidentId>> fine = new HashMap<>();
    private final NavigableMap<Long, Set<IncidentId>> coarse = new TreeMap<>();

    Blocks(ClusterSettings settings) {
        this.settings = settings;
    }

    void file(IncidentId id, LocatedClaim claim) {
        EventClaim c = claim.claim();
        if (c.date() == null) {
            return;
        }
        long day = c.date().toEpochDay();
        if (isCoarse(claim)) {
            coarse.computeIfAbsent(day, k -> new HashSet<>()).add(id);
            return;
        }
        for (String key : ownKeys(claim, day)) {
            fine.computeIfAbsent(key, k -> new HashSet<>(2)).add(id);
        }
    }

    /** Every incident the claim might join. */
    Set<IncidentId> candidates(LocatedClaim claim) {
        EventClaim c = claim.claim();
        long day = c.date().toEpochDay();
        int window = settings.days(c.timePrecision().code());
        Set<IncidentId> out = new HashSet<>();
        for (long d = day - window; d <= day + window; d++) {
            for (String key : searchKeys(claim, d)) {
                Set<IncidentId> ids = fine.get(key);
                if (ids != null) {
                    out.addAll(ids);
                }
            }
        }
        coarse.subMap(day - COARSE_DAYS, true, day + COARSE_DAYS, true).values().forEach(out::addAll);
        return out;
    }

    private boolean isCoarse(LocatedClaim claim) {
        Location l = claim.location();
        return claim.claim().timePrecision() != TimePrecision.DAY || (l != null && l.resolved() && l.geoPrecision() == 3);
    }

    private static List<String> ownKeys(LocatedClaim claim, long day) {
        List<String> keys = new ArrayList<>(2);
        mention(claim).ifPresent(m -> keys.add(day + "|m|" + m));
        Location l = claim.location();
        if (l != null && l.resolved()) {
            keys.add(day + "|c|" + cell(l.lat()) + "," + cell(l.lon()));
        }
        return keys;
    }

    private List<String> searchKeys(LocatedClaim claim, long day) {
        List<String> keys = new ArrayList<>();
        mention(claim).ifPresent(m -> keys.add(day + "|m|" + m));
        Location l = claim.location();
        if (l != null && l.resolved()) {
            int reach = (int) Math.ceil(settings.km(Math.max(2, l.geoPrecision())) / CELL_KM);
            long row = cell(l.lat());
            long col = cell(l.lon());
            for (long r = row - reach; r <= row + reach; r++) {
                for (long k = col - reach; k <= col + reach; k++) {
                    keys.add(day + "|c|" + r + "," + k);
                }
            }
        }
        return keys;
    }

    private static java.util.Optional<String> mention(LocatedClaim claim) {
        return claim.claim().place() == null ? java.util.Optional.empty()
                : java.util.Optional.of(NormalizedText.fold(claim.claim().place().text()));
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }
}

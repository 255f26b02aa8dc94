package org.marsad.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Stance;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.report.RawReport;

/**
 * Incidents built claim by claim. A new claim is compared only with the incidents that
 * {@link Blocks} says are within its date window and reach (blocking), joins the best-scoring
 * one when the score reaches the threshold, and otherwise founds a new incident. Claims from
 * the same report join one incident only when one retells the other (same day, same place); Ids are derived from the founding claim, so a
 * rebuild from the store keeps them.
 */
public final class IncidentIndex {

    private final ClusterSettings settings;
    private final ClaimMatch match;
    private final Map<IncidentId, List<LocatedClaim>> incidents = new LinkedHashMap<>();
    private final Blocks blocks;
    private final Constraints constraints = new Constraints();
    private final Map<ClaimKey, IncidentId> home = new java.util.HashMap<>();
    private final IncidentArchive archive;

    /** An index that holds every incident there is. */
    public IncidentIndex(ClusterSettings settings) {
        this(settings, IncidentArchive.NONE);
    }

    /**
     * An index over incidents kept in an archive: before a claim is placed, the archived incidents
     * it could join (and those of claims a reviewer merged it with) are pulled in, so the claim
     * lands where it would if every incident were in memory.
     */
    public IncidentIndex(ClusterSettings settings, IncidentArchive archive) {
        this.settings = settings;
        this.match = new ClaimMatch(settings);
        this.blocks = new Blocks(settings);
        this.archive = archive;
    }

    /** Where the candidates of a dated claim can be, for a store that keeps claims to find them. */
    public Reach reach(LocatedClaim claim) {
        return blocks.reach(claim);
    }

    /** How a claim is filed for blocking, for a store that keeps claims to find them again. */
    public static Filing filing(LocatedClaim claim) {
        return Blocks.filing(claim);
    }

    /** Puts back an incident read from the store, with its id and members unchanged. */
    public void restore(Incident incident) {
        incidents.put(incident.id(), new ArrayList<>(incident.claims()));
        incident.claims().forEach(c -> index(incident.id(), c));
    }

    /** Respects a reviewer's merge or split from now on (claims already placed stay where they are). */
    public void respect(Constraint constraint) {
        constraints.add(constraint);
    }

    /** Adds a claim: it joins the best matching incident or founds one; says which and why. */
    public Placement add(LocatedClaim claim) {
        EventClaim c = claim.claim();
        boolean denial = c.stance() == Stance.DENIED;
        if ((c.eventType() == null && !denial) || c.date() == null || (c.place() == null && claim.location() == null)) {
            return new Placement(Optional.empty(), false, 0,
                    "not clustered: an incident needs an event type, a date and a place");
        }
        pullIn(claim);
        Optional<Placement> merged = reviewerMerge(claim);
        if (merged.isPresent()) {
            return merged.get();
        }
        IncidentId best = null;
        double bestScore = 0;
        for (IncidentId id : candidates(claim)) {
            List<LocatedClaim> members = incidents.get(id);
            if (constraints.mustStayApart(ClaimKey.of(claim), members.stream().map(ClaimKey::of).toList())) {
                continue;
            }
            double score = score(claim, members);
            if (score >= settings.threshold() && (score > bestScore || (score == bestScore && id.value().compareTo(best.value()) < 0))) {
                best = id;
                bestScore = score;
            }
        }
        if (best != null) {
            incidents.get(best).add(claim);
            index(best, claim);
            return new Placement(Optional.of(best), false, bestScore, String.format(java.util.Locale.ROOT,
                    "joined %s with score %.2f (threshold %.2f)", best, bestScore, settings.threshold()));
        }
        if (c.eventType() == null) {
            return new Placement(Optional.empty(), false, 0,
                    "not clustered: a denial of an untyped event matched no incident");
        }
        IncidentId id = newId(c);
        incidents.put(id, new ArrayList<>(List.of(claim)));
        index(id, claim);
        return new Placement(Optional.of(id), true, 0, "founded " + id + ": no incident within reach scored "
                + settings.threshold() + " or more");
    }

    /** Brings in from the archive the incidents the claim could join, leaving those already here alone. */
    private void pullIn(LocatedClaim claim) {
        Set<IncidentId> wanted = new java.util.HashSet<>(archive.within(blocks.reach(claim)));
        for (ClaimKey partner : constraints.mergedWith(ClaimKey.of(claim))) {
            if (!home.containsKey(partner)) {
                archive.home(partner).ifPresent(wanted::add);
            }
        }
        wanted.removeAll(incidents.keySet());
        if (!wanted.isEmpty()) {
            archive.incidents(wanted).forEach(this::restore);
        }
    }

    /** A claim a reviewer merged with a placed claim goes where that claim is, whatever the score. */
    private Optional<Placement> reviewerMerge(LocatedClaim claim) {
        for (ClaimKey partner : constraints.mergedWith(ClaimKey.of(claim))) {
            IncidentId id = home.get(partner);
            if (id != null) {
                incidents.get(id).add(claim);
                index(id, claim);
                return Optional.of(new Placement(Optional.of(id), false, 0,
                        "joined " + id + ": a reviewer merged it with " + partner));
            }
        }
        return Optional.empty();
    }

    /**
     * The best match against the incident's members. A day-precise claim must fall within the day
     * window of most day-precise members, and is compared with the day-precise members when there
     * are any, so that neither a chain of days nor a claim dated only to the week or month can
     * bridge incidents days apart.
     */
    private double score(LocatedClaim claim, List<LocatedClaim> members) {
        boolean precise = isDayPrecise(claim);
        boolean incidentHasPrecise = members.stream().anyMatch(IncidentIndex::isDayPrecise);
        if (precise && !withinWindowOfMost(claim, members)) {
            return 0;
        }
        double best = 0;
        for (LocatedClaim m : members) {
            if (m.claim().report().equals(claim.claim().report()) && !match.retells(claim, m)) {
                return 0;
            }
            if (precise && incidentHasPrecise && !isDayPrecise(m)) {
                continue;
            }
            best = Math.max(best, match.score(claim, m));
        }
        return best;
    }

    /**
     * Whether a day-precise claim is within the day window of at least half the day-precise
     * members: an incident is one event, so reports of Hajin on the 11th, 12th, 13th and 14th do
     * not chain into one, while an incident a reviewer merged across two days still takes reports
     * of either day.
     */
    private boolean withinWindowOfMost(LocatedClaim claim, List<LocatedClaim> members) {
        long day = claim.claim().date().toEpochDay();
        List<LocatedClaim> precise = members.stream().filter(IncidentIndex::isDayPrecise).toList();
        long near = precise.stream().filter(m -> Math.abs(m.claim().date().toEpochDay() - day) <= settings.days(1)).count();
        return 2 * near >= precise.size();
    }

    private static boolean isDayPrecise(LocatedClaim c) {
        return c.claim().timePrecision() == TimePrecision.DAY;
    }

    /** The candidates in id order, so that ties go the same way whatever the order of arrival. */
    private Set<IncidentId> candidates(LocatedClaim claim) {
        Set<IncidentId> ids = new TreeSet<>(java.util.Comparator.comparing(IncidentId::value));
        ids.addAll(blocks.candidates(claim));
        return ids;
    }

    private void index(IncidentId id, LocatedClaim claim) {
        blocks.file(id, claim);
        home.put(ClaimKey.of(claim), id);
    }

    /** "SYR-20181214-3fa9c2e1": the date of the founding claim and a hash of its report and index; unique. */
    private IncidentId newId(EventClaim c) {
        IncidentId id = idFor(c);
        for (int n = 2; incidents.containsKey(id) || archive.holds(id); n++) {
            id = new IncidentId(idFor(c).value() + "-" + n);
        }
        return id;
    }

    /** The id an incident founded by this claim gets (before any suffix that keeps it unique). */
    public static IncidentId idFor(EventClaim c) {
        String country = "SYR";
        String hash = RawReport.sha256(c.report().value() + "#" + c.index()).substring(0, 8);
        return new IncidentId(country + "-" + c.date().toString().replace("-", "") + "-" + hash);
    }

    public Optional<Incident> incident(IncidentId id) {
        List<LocatedClaim> claims = incidents.get(id);
        return claims == null ? Optional.empty() : Optional.of(new Incident(id, claims));
    }

    public List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        incidents.forEach((id, claims) -> out.add(new Incident(id, claims)));
        out.sort(java.util.Comparator.comparing(i -> i.id().value()));
        return out;
    }

    public int size() {
        return incidents.size();
    }

    @Override
    public String toString() {
        return "IncidentIndex[" + incidents.size() + " incidents, " + settings + "]";
    }
}

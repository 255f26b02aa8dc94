package org.marsad.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.bench.SyntheticClaims;
import org.marsad.geo.LocatedClaim;
import org.marsad.report.ReportId;

class IncidentArchiveTests {

    @Test
    void anIndexOverAnArchivePlacesClaimsAsAnIndexHoldingEverything() {
        List<LocatedClaim> claims = new SyntheticClaims(7).mixedClaims(6000);
        List<LocatedClaim> earlier = claims.subList(0, 4000);
        List<LocatedClaim> later = claims.subList(4000, claims.size());

        IncidentIndex whole = new IncidentIndex(ClusterSettings.DEFAULTS);
        claims.forEach(whole::add);

        IncidentIndex first = new IncidentIndex(ClusterSettings.DEFAULTS);
        earlier.forEach(first::add);
        MapArchive archive = new MapArchive(first.incidents());
        IncidentIndex second = new IncidentIndex(ClusterSettings.DEFAULTS, archive);
        later.forEach(second::add);
        archive.update(second.incidents());

        assertThat(archive.loaded).isLessThan(first.size() / 2);
        assertThat(groups(archive.incidents.values())).isEqualTo(groups(whole.incidents()));
    }

    @Test
    void aClaimMergedByAReviewerPullsInItsPartnersIncidentFromTheArchive() {
        SyntheticClaims generator = new SyntheticClaims(3);
        List<LocatedClaim> claims = generator.claims(200);
        IncidentIndex first = new IncidentIndex(ClusterSettings.DEFAULTS);
        claims.forEach(first::add);
        LocatedClaim far = generator.event(1).get(0);
        LocatedClaim partner = claims.get(0);
        IncidentIndex second = new IncidentIndex(ClusterSettings.DEFAULTS, new MapArchive(first.incidents()));
        second.respect(new Constraint(Constraint.Kind.MERGE, ClaimKey.of(far), ClaimKey.of(partner)));

        Placement placement = second.add(far);

        assertThat(placement.reason()).contains("a reviewer merged it with " + ClaimKey.of(partner));
        assertThat(second.incident(placement.incident().orElseThrow()).orElseThrow().claims()).contains(partner, far);
    }

    @Test
    void aNewIncidentDoesNotTakeTheIdOfOneKeptInTheArchive() {
        LocatedClaim claim = new SyntheticClaims(5).event(1).get(0);
        IncidentIndex first = new IncidentIndex(ClusterSettings.DEFAULTS);
        IncidentId kept = first.add(claim).incident().orElseThrow();
        MapArchive archive = new MapArchive(List.of(new Incident(kept, List.of(claim))));
        archive.hideFromReach = true;

        IncidentId founded = new IncidentIndex(ClusterSettings.DEFAULTS, archive).add(claim).incident().orElseThrow();

        assertThat(founded).isNotEqualTo(kept);
        assertThat(founded.value()).startsWith(kept.value());
    }

    private static Set<Set<String>> groups(java.util.Collection<Incident> incidents) {
        return incidents.stream().map(i -> i.claims().stream().map(c -> ClaimKey.of(c).toString())
                .collect(Collectors.toSet())).collect(Collectors.toSet());
    }

    /** An archive in memory that finds candidates the way a store must: by {@link Reach#covers}. */
    private static final class MapArchive implements IncidentArchive {
        final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();
        final Map<ReportId, IncidentId> homes = new HashMap<>();
        int loaded;
        boolean hideFromReach;

        MapArchive(List<Incident> incidents) {
            update(incidents);
        }

        void update(List<Incident> changed) {
            for (Incident i : changed) {
                incidents.put(i.id(), i);
                i.claims().forEach(c -> homes.put(c.claim().report(), i.id()));
            }
        }

        @Override
        public Set<IncidentId> within(Reach reach) {
            Set<IncidentId> out = new HashSet<>();
            if (hideFromReach) {
                return out;
            }
            for (Incident i : incidents.values()) {
                for (LocatedClaim c : i.claims()) {
                    if (c.claim().date() != null && reach.covers(IncidentIndex.filing(c), c.claim().date())) {
                        out.add(i.id());
                    }
                }
            }
            return out;
        }

        @Override
        public List<Incident> incidents(java.util.Collection<IncidentId> ids) {
            loaded += ids.size();
            return ids.stream().map(incidents::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public Optional<IncidentId> home(ClaimKey claim) {
            return Optional.ofNullable(homes.get(claim.report()));
        }

        @Override
        public boolean holds(IncidentId id) {
            return incidents.containsKey(id);
        }
    }
}

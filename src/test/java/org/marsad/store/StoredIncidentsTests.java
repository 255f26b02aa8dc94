package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.assess.RuleAssessor;
import org.marsad.assess.SourceProfiles;
import org.marsad.bench.StoreSeed;
import org.marsad.bench.SyntheticClaims;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.ClusterSettings;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentArchive;
import org.marsad.incident.IncidentId;
import org.marsad.incident.IncidentIndex;
import org.marsad.incident.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;

class StoredIncidentsTests {
    @TempDir
    Path dir;

    @Test
    void theStoreFindsExactlyTheIncidentsWithAClaimWithinReach() {
        try (Store store = Store.open(StoreSettings.h2(dir))) {
            SyntheticClaims generator = new SyntheticClaims(11);
            new StoreSeed(store, ClusterSettings.DEFAULTS, new RuleAssessor(SourceProfiles.bundled()))
                    .fill(generator.mixedClaims(3000));
            List<Incident> stored = store.loadIncidents();
            IncidentArchive archive = store.incidentArchive();
            IncidentIndex probe = new IncidentIndex(ClusterSettings.DEFAULTS);
            int found = 0;
            for (LocatedClaim claim : probes(stored, generator.mixedClaims(150))) {
                Reach reach = probe.reach(claim);
                Set<IncidentId> expected = covered(stored, reach);
                assertThat(archive.within(reach)).as("within %s", reach).isEqualTo(expected);
                found += expected.size();
            }
            assertThat(found).isGreaterThanOrEqualTo(stored.size() / 10);
        }
    }

    @Test
    void claimsStoredBeforeTheFilingColumnsExistedAreFiledByTheMigration() {
        SyntheticClaims generator = new SyntheticClaims(12);
        try (Store store = Store.open(StoreSettings.h2(dir))) {
            new StoreSeed(store, ClusterSettings.DEFAULTS, new RuleAssessor(SourceProfiles.bundled()))
                    .fill(generator.mixedClaims(1500));
        }
        JdbcDataSource old = new JdbcDataSource();
        old.setURL(StoreSettings.h2(dir).jdbcUrl());
        old.setUser("sa");
        JdbcClient jdbc = JdbcClient.create(old);
        // turn the store back into one written by version 1: no filing columns, migrations 2 and 3 not run
        jdbc.sql("drop index incident_claims_filed_date").update();
        for (String column : List.of("event_date", "filed_coarse", "filed_long", "filed_wide", "place_key", "lat", "lon")) {
            jdbc.sql("alter table incident_claims drop column " + column).update();
        }
        jdbc.sql("delete from \"flyway_schema_history\" where \"version\" in ('2', '3')").update();

        try (Store store = Store.open(StoreSettings.h2(dir))) {
            List<Incident> stored = store.loadIncidents();
            IncidentIndex probe = new IncidentIndex(ClusterSettings.DEFAULTS);
            int found = 0;
            for (LocatedClaim claim : probes(stored, generator.mixedClaims(100))) {
                Reach reach = probe.reach(claim);
                Set<IncidentId> expected = covered(stored, reach);
                assertThat(store.incidentArchive().within(reach)).isEqualTo(expected);
                found += expected.size();
            }
            assertThat(found).isGreaterThanOrEqualTo(stored.size() / 10);
        }
    }

    /** New claims, and stored ones (whose reach holds at least their own incident), every tenth. */
    private static List<LocatedClaim> probes(List<Incident> stored, List<LocatedClaim> fresh) {
        List<LocatedClaim> out = new java.util.ArrayList<>(fresh);
        for (int i = 0; i < stored.size(); i += 10) {
            out.add(stored.get(i).claims().get(0));
        }
        return out;
    }

    private static Set<IncidentId> covered(List<Incident> incidents, Reach reach) {
        Set<IncidentId> out = new HashSet<>();
        for (Incident incident : incidents) {
            for (LocatedClaim c : incident.claims()) {
                if (c.claim().date() != null && reach.covers(IncidentIndex.filing(c), c.claim().date())) {
                    out.add(incident.id());
                }
            }
        }
        return out;
    }
}

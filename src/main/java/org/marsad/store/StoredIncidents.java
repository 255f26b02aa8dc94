package org.marsad.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.incident.ClaimKey;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentArchive;
import org.marsad.incident.IncidentId;
import org.marsad.incident.Reach;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored incidents as an archive for the clustering index: the candidates of a new claim are
 * found with the filing columns of {@code claims} (indexed by filing and date), so that adding one
 * report reads a few incidents, not all of them.
 */
final class StoredIncidents implements IncidentArchive {
    private static final String MEMBERS = "select distinct m.incident_id from claims c join incident_claims m "
            + "on m.report_id = c.report_id and m.claim_index = c.claim_index ";

    private final JdbcClient jdbc;
    private final Function<IncidentId, Optional<Incident>> loader;

    StoredIncidents(JdbcClient jdbc, Function<IncidentId, Optional<Incident>> loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    @Override
    public Set<IncidentId> within(Reach reach) {
        Set<IncidentId> ids = new HashSet<>();
        collect(ids, false, reach.from(), reach.to(), reach.placeKey(), reach.box());
        collect(ids, true, reach.coarseFrom(), reach.coarseTo(), reach.placeKey(), reach.coarseBox());
        return ids;
    }

    /** The incidents of claims filed coarse (or not) between the dates, under the place key or inside the box. */
    private void collect(Set<IncidentId> ids, boolean coarse, LocalDate from, LocalDate to, String placeKey,
                         Reach.Box box) {
        List<String> near = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(coarse, Date.valueOf(from), Date.valueOf(to)));
        if (placeKey != null) {
            near.add("c.place_key = ?");
            params.add(placeKey);
        }
        if (box != null) {
            near.add("(c.lat >= ? and c.lat < ? and c.lon >= ? and c.lon < ?)");
            params.addAll(List.of(box.south(), box.north(), box.west(), box.east()));
        }
        if (!near.isEmpty()) {
            collect(ids, "c.filed_coarse = ? and c.event_date between ? and ? and (" + String.join(" or ", near) + ")",
                    params);
        }
    }

    private void collect(Set<IncidentId> ids, String condition, List<Object> params) {
        jdbc.sql(MEMBERS + "where " + condition).params(params).query(rs -> {
            ids.add(new IncidentId(rs.getString(1)));
        });
    }

    @Override
    public Optional<Incident> incident(IncidentId id) {
        return loader.apply(id);
    }

    @Override
    public Optional<IncidentId> home(ClaimKey claim) {
        return jdbc.sql("select incident_id from incident_claims where report_id = ? and claim_index = ?")
                .params(claim.report().value(), claim.index())
                .query((rs, n) -> new IncidentId(rs.getString(1))).optional();
    }

    @Override
    public boolean holds(IncidentId id) {
        return jdbc.sql("select count(*) from incidents where id = ?").param(id.value()).query(Long.class).single() > 0;
    }
}

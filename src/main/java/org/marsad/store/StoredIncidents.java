package org.marsad.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
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
 * found with the filing columns of {@code incident_claims} (indexed by filing and date), so that
 * adding one report reads a few incidents, not all of them.
 */
final class StoredIncidents implements IncidentArchive {
    private static final String MEMBERS = "select distinct c.incident_id from incident_claims c ";

    private final JdbcClient jdbc;
    private final Function<Collection<IncidentId>, List<Incident>> loader;

    StoredIncidents(JdbcClient jdbc, Function<Collection<IncidentId>, List<Incident>> loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    /**
     * Two index range scans: the claims filed by day and cell between the reach's dates, and the
     * few coarse ones within a month, each kept only when {@link Reach#covers} would keep it.
     */
    @Override
    public Set<IncidentId> within(Reach reach) {
        Set<IncidentId> ids = new HashSet<>();
        collect(ids, fine(reach));
        collect(ids, coarse(reach));
        return ids;
    }

    private static Condition fine(Reach reach) {
        Condition fine = new Condition("c.filed_coarse = false and c.event_date between ? and ? and (c.place_key = ?",
                Date.valueOf(reach.from()), Date.valueOf(reach.to()), reach.placeKey());
        if (reach.box() != null) {
            fine.sql += " or " + BOX;
            fine.add(reach.box());
        }
        fine.sql += ")";
        return fine;
    }

    private static final String BOX = "(c.lat >= ? and c.lat < ? and c.lon >= ? and c.lon < ?)";

    private static Condition coarse(Reach reach) {
        Condition coarse = new Condition("c.filed_coarse = true and c.event_date between ? and ? "
                + "and (c.filed_long or c.event_date between ? and ?) and (c.place_key = ?",
                Date.valueOf(reach.coarseFrom()), Date.valueOf(reach.coarseTo()), Date.valueOf(reach.from()),
                Date.valueOf(reach.to()), reach.placeKey());
        if (reach.box() != null) {
            coarse.sql += " or (c.filed_wide and " + BOX + ") or (not c.filed_wide and " + BOX + ")";
            coarse.add(reach.wideBox());
            coarse.add(reach.box());
        }
        coarse.sql += ")";
        return coarse;
    }

    private void collect(Set<IncidentId> ids, Condition condition) {
        collect(ids, condition.sql, condition.params);
    }

    /** A where clause being built, with its parameters. */
    private static final class Condition {
        String sql;
        final List<Object> params = new ArrayList<>();

        Condition(String sql, Object... params) {
            this.sql = sql;
            this.params.addAll(java.util.Arrays.asList(params));
        }

        void add(Reach.Box box) {
            params.addAll(List.of(box.south(), box.north(), box.west(), box.east()));
        }
    }

    private void collect(Set<IncidentId> ids, String condition, List<Object> params) {
        jdbc.sql(MEMBERS + "where " + condition).params(params).query(rs -> {
            ids.add(new IncidentId(rs.getString(1)));
        });
    }

    @Override
    public List<Incident> incidents(Collection<IncidentId> ids) {
        return loader.apply(ids);
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

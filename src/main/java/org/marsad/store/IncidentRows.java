package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.assess.Assessment;
import org.marsad.assess.Grade;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Maps an incident to its summary row (what the list filters and sorts on) and back. */
final class IncidentRows {
    private IncidentRows() {
    }

    static final String INSERT = "insert into incidents (event_date, time_precision, event_type, sub_event_type, "
            + "place_name, place_name_ar, lat, lon, geo_precision, admin1, actors, grade, fatalities_best, report_count, "
            + "independent_count, assessment, updated_at, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void upsert(JdbcClient jdbc, Incident incident, Assessment assessment, Instant now) {
        List<Object> values = values(incident, assessment, now);
        int updated = jdbc.sql("update incidents set event_date = ?, time_precision = ?, event_type = ?, sub_event_type = ?, "
                        + "place_name = ?, place_name_ar = ?, lat = ?, lon = ?, geo_precision = ?, admin1 = ?, actors = ?, "
                        + "grade = ?, fatalities_best = ?, report_count = ?, independent_count = ?, assessment = ?, "
                        + "updated_at = ? where id = ?")
                .params(values)
                .update();
        if (updated == 0) {
            jdbc.sql(INSERT).params(values).update();
        }
    }

    /** The summary row's values, in {@link #INSERT} order (the id last). */
    static List<Object> values(Incident incident, Assessment assessment, Instant now) {
        List<EventClaim> claims = incident.claims().stream().map(LocatedClaim::claim).toList();
        String actors = claims.stream().flatMap(c -> java.util.stream.Stream.of(c.actor1(), c.actor2()))
                .filter(Objects::nonNull).map(a -> a.value()).distinct().sorted().collect(Collectors.joining(" "));
        long reports = claims.stream().map(EventClaim::report).distinct().count();
        return rowValues(incident.lead(), incident.place(), actors, assessment, reports, now, incident.id());
    }

    private static List<Object> rowValues(EventClaim lead, Optional<Location> place, String actors,
                                          Assessment assessment, long reports, Instant now, IncidentId id) {
        return Arrays.asList(lead.date(), lead.timePrecision() == null ? null : lead.timePrecision().code(),
                lead.eventType() == null ? null : lead.eventType().name(),
                lead.subEventType() == null ? null : lead.subEventType().name(),
                place.map(Location::name).orElse(lead.place() == null ? null : lead.place().text()),
                place.map(Location::nameAr).orElse(null),
                place.map(Location::lat).orElse(null), place.map(Location::lon).orElse(null),
                place.map(Location::geoPrecision).orElse(null), place.map(Location::admin1).orElse(null),
                actors, assessment.grade().name(),
                assessment.fatalities() == null ? null : assessment.fatalities().best(),
                (int) reports, (int) assessment.independentSources(), Json.write(assessment),
                java.sql.Timestamp.from(now), id.value());
    }

    static IncidentSummary summary(ResultSet rs) throws SQLException {
        Integer precision = (Integer) rs.getObject("time_precision");
        String reviewed = rs.getString("reviewed_grade");
        String actors = rs.getString("actors");
        return new IncidentSummary(new IncidentId(rs.getString("id")), rs.getObject("event_date", LocalDate.class),
                precision == null ? null : TimePrecision.ofCode(precision),
                enumOrNull(EventType.class, rs.getString("event_type")),
                enumOrNull(SubEventType.class, rs.getString("sub_event_type")),
                rs.getString("place_name"), rs.getString("place_name_ar"),
                (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), (Integer) rs.getObject("geo_precision"),
                rs.getString("admin1"), actors.isBlank() ? List.of() : List.of(actors.split(" ")),
                Grade.valueOf(reviewed != null ? reviewed : rs.getString("grade")),
                (Integer) rs.getObject("fatalities_best"), rs.getInt("report_count"), rs.getInt("independent_count"));
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }


}

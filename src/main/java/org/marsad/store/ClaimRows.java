package org.marsad.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Figure;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Reason;
import org.marsad.extract.Span;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.report.ReportId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Maps located claims to rows of the {@code claims} table and back. */
final class ClaimRows {
    static final String COLUMNS = "report_id, claim_index, event_type, sub_event_type, actor1, actor2, place_text, "
            + "place_start, place_end, place_context, event_date, time_precision, fatalities_low, fatalities_high, "
            + "civilians_low, civilians_high, injured_low, injured_high, attributed_to, stance, span_start, span_end, "
            + "evidence, why, location";

    private ClaimRows() {
    }

    static final String INSERT = "insert into claims (" + COLUMNS + ") values (" + "?, ".repeat(24) + "?)";

    static void insert(JdbcClient jdbc, LocatedClaim located) {
        jdbc.sql(INSERT).params(values(located)).update();
    }

    /** The row's values, in {@link #COLUMNS} order. */
    static List<Object> values(LocatedClaim located) {
        EventClaim c = located.claim();
        PlaceMention p = c.place();
        List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(c.report().value(), c.index(),
                        c.eventType() == null ? null : c.eventType().name(),
                        c.subEventType() == null ? null : c.subEventType().name(),
                        c.actor1() == null ? null : c.actor1().value(),
                        c.actor2() == null ? null : c.actor2().value(),
                        p == null ? null : p.text(), p == null ? null : p.span().start(),
                        p == null ? null : p.span().end(), p == null ? null : p.context(),
                        c.date(), c.timePrecision() == null ? null : c.timePrecision().code(),
                        low(c.fatalities()), high(c.fatalities()), low(c.civilianFatalities()),
                        high(c.civilianFatalities()), low(c.injured()), high(c.injured()),
                        c.attributedTo(), c.stance().name(), c.span().start(), c.span().end(), c.evidence(),
                        Json.write(c.why()), located.location() == null ? null : Json.write(located.location())));
        return values;
    }

    static LocatedClaim read(ResultSet rs) throws SQLException {
        String place = rs.getString("place_text");
        Integer precision = (Integer) rs.getObject("time_precision");
        EventClaim claim = new EventClaim(new ReportId(rs.getString("report_id")), rs.getInt("claim_index"),
                enumOrNull(EventType.class, rs.getString("event_type")),
                enumOrNull(SubEventType.class, rs.getString("sub_event_type")),
                actor(rs.getString("actor1")), actor(rs.getString("actor2")),
                place == null ? null : new PlaceMention(place,
                        new Span(rs.getInt("place_start"), rs.getInt("place_end")), rs.getString("place_context")),
                rs.getObject("event_date", java.time.LocalDate.class),
                precision == null ? null : TimePrecision.ofCode(precision),
                figure(rs, "fatalities"), figure(rs, "civilians"), figure(rs, "injured"),
                rs.getString("attributed_to"), Stance.valueOf(rs.getString("stance")),
                new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getString("evidence"),
                Json.read(rs.getString("why"), new TypeReference<List<Reason>>() { }));
        return new LocatedClaim(claim, Json.read(rs.getString("location"), Location.class));
    }

    private static Integer low(Figure f) {
        return f == null ? null : f.low();
    }

    private static Integer high(Figure f) {
        return f == null ? null : f.high();
    }

    private static Figure figure(ResultSet rs, String prefix) throws SQLException {
        Integer low = (Integer) rs.getObject(prefix + "_low");
        return low == null ? null : new Figure(low, rs.getInt(prefix + "_high"));
    }

    private static ActorId actor(String value) {
        return value == null ? null : new ActorId(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}

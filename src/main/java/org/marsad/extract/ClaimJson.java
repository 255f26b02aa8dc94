package org.marsad.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.report.Report;

/**
 * Writes one report's claims as one JSON line, the output of {@code marsad extract}:
 * {@code {"id","language","kind","claims":[…]}}. The {@code location} object always holds the
 * mention's {@code name}; a caller that resolves places adds the rest through {@code location}.
 */
public final class ClaimJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Function<EventClaim, Map<String, Object>> location;

    /** Writes only the place mention as the location. */
    public ClaimJson() {
        this(claim -> claim.place() == null ? null : new LinkedHashMap<>(Map.of("name", claim.place().text())));
    }

    /** Writes the location each claim gets from {@code location} (null for none). */
    public ClaimJson(Function<EventClaim, Map<String, Object>> location) {
        this.location = location;
    }

    public String line(Report report, List<EventClaim> claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", report.id().value());
        out.put("language", report.language().code());
        out.put("kind", claims.isEmpty() ? "other" : "event_report");
        List<Map<String, Object>> list = new ArrayList<>();
        claims.forEach(c -> list.add(claim(c)));
        out.put("claims", list);
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims of " + report.id() + " cannot be written as JSON", e);
        }
    }

    private Map<String, Object> claim(EventClaim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventType", c.eventType() == null ? null : c.eventType().acledName());
        m.put("subEventType", c.subEventType() == null ? null : c.subEventType().acledName());
        m.put("actor1", c.actor1() == null ? null : c.actor1().value());
        m.put("actor2", c.actor2() == null ? null : c.actor2().value());
        m.put("location", location.apply(c));
        m.put("date", c.date() == null ? null : c.date().toString());
        m.put("timePrecision", c.timePrecision() == null ? null : c.timePrecision().code());
        m.put("fatalities", figure(c.fatalities()));
        m.put("civilianFatalities", figure(c.civilianFatalities()));
        m.put("injured", figure(c.injured()));
        m.put("attributedTo", c.attributedTo());
        m.put("stance", c.stance().name().toLowerCase(java.util.Locale.ROOT));
        m.put("span", ordered("start", c.span().start(), "end", c.span().end()));
        m.put("evidence", c.evidence());
        List<Map<String, Object>> why = new ArrayList<>();
        c.why().forEach(r -> why.add(ordered("field", r.field(), "rule", r.rule(), "matched", r.matched())));
        m.put("why", why);
        return m;
    }

    private static Map<String, Object> figure(Figure f) {
        return f == null ? null : ordered("low", f.low(), "high", f.high());
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = ordered(k1, v1, k2, v2);
        m.put(k3, v3);
        return m;
    }
}

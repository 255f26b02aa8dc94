package org.marsad.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.marsad.assess.Assessment;
import org.marsad.assess.Estimate;
import org.marsad.extract.EventClaim;
import org.marsad.geo.LocatedClaim;
import org.marsad.geo.Location;
import org.marsad.incident.Incident;

/**
 * An incident and its assessment as one JSON object (the jsonl export line, the GeoJSON feature's
 * properties, and the output of {@code marsad cluster}).
 */
public final class IncidentJson {
    private IncidentJson() {
    }

    public static Map<String, Object> of(Incident incident, Assessment assessment) {
        EventClaim lead = incident.lead();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("incident", incident.id().value());
        out.put("eventType", lead.eventType() == null ? null : lead.eventType().acledName());
        out.put("subEventType", lead.subEventType() == null ? null : lead.subEventType().acledName());
        out.put("date", lead.date() == null ? null : lead.date().toString());
        out.put("timePrecision", lead.timePrecision() == null ? null : lead.timePrecision().code());
        out.put("location", incident.place().map(IncidentJson::location)
                .orElse(lead.place() == null ? null : Map.of("name", lead.place().text())));
        out.put("actors", incident.claims().stream().map(LocatedClaim::claim)
                .flatMap(c -> Stream.of(c.actor1(), c.actor2())).filter(Objects::nonNull)
                .map(a -> a.value()).distinct().sorted().toList());
        out.put("grade", assessment.grade().label());
        out.put("why", assessment.reasons());
        out.put("fatalities", estimate(assessment.fatalities()));
        out.put("civilianFatalities", estimate(assessment.civilianFatalities()));
        out.put("sources", assessment.sources().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", s.source());
            m.put("origin", s.origin());
            m.put("independent", s.independent());
            m.put("affiliation", s.affiliation());
            return m;
        }).toList());
        out.put("conflicts", assessment.conflicts().stream()
                .map(c -> pair("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT), "description", c.description()))
                .toList());
        List<Map<String, Object>> claims = new ArrayList<>();
        for (LocatedClaim c : incident.claims()) {
            claims.add(pair("report", c.claim().report().value(), "claim", c.claim().index()));
        }
        out.put("claims", claims);
        return out;
    }

    /** A resolved place as the claim schema writes it. */
    public static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("nameAr", l.nameAr());
        m.put("mention", l.mention());
        m.put("gazetteerId", l.gazetteerId());
        m.put("lat", l.lat());
        m.put("lon", l.lon());
        m.put("geoPrecision", l.geoPrecision());
        m.put("admin1", l.admin1());
        return m;
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> estimate(Estimate e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", e.low());
        m.put("best", e.best());
        m.put("high", e.high());
        return m;
    }
}

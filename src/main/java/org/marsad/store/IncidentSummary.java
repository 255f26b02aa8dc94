package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import org.marsad.assess.Grade;
import org.marsad.extract.EventType;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.incident.IncidentId;

/**
 * One row of the incident list and one marker on the map.
 *
 * @param lat null when the incident has no resolved place (then it is listed but not mapped)
 */
public record IncidentSummary(IncidentId id, LocalDate date, TimePrecision timePrecision, EventType eventType,
                              SubEventType subEventType, String placeName, String placeNameAr, Double lat,
                              Double lon, Integer geoPrecision, String admin1, List<String> actors,
                              Grade grade, Integer fatalitiesBest, int reports, int independentSources) {
    public IncidentSummary {
        actors = List.copyOf(actors == null ? List.of() : actors);
    }
}

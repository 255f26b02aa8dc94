package org.marsad.web;

import java.util.List;
import org.marsad.store.IncidentSummary;

/**
 * The map's markers as a GeoJSON FeatureCollection: one Point per incident that has coordinates,
 * with what the popup shows. Incidents without a resolved place are counted but not mapped.
 *
 * @param type     always "FeatureCollection"
 * @param features the located incidents
 * @param unmapped how many matching incidents have no coordinates
 */
record IncidentMarkers(String type, List<Feature> features, int unmapped) {
    private static final ArabicLabels ARABIC = new ArabicLabels();

    IncidentMarkers {
        features = List.copyOf(features);
    }

    static IncidentMarkers of(List<IncidentSummary> incidents) {
        List<Feature> features = incidents.stream().filter(s -> s.lat() != null && s.lon() != null)
                .map(Feature::of).toList();
        return new IncidentMarkers("FeatureCollection", features, incidents.size() - features.size());
    }

    /** One incident on the map. */
    record Feature(String type, String id, Point geometry, Properties properties) {
        static Feature of(IncidentSummary s) {
            return new Feature("Feature", s.id().value(), new Point("Point", List.of(s.lon(), s.lat())),
                    Properties.of(s));
        }
    }

    /** GeoJSON position order: longitude, latitude. */
    record Point(String type, List<Double> coordinates) {
    }

    /**
     * What the popup and the marker style need.
     *
     * @param fatalities best estimate, null when no source gives a figure
     * @param grade      the grade's enum name, which is also its CSS class suffix
     */
    record Properties(String id, String date, String eventType, String subEventType, String place, String placeAr,
                      String admin1, int geoPrecision, String grade, String gradeLabel, String gradeLabelAr,
                      Integer fatalities, int reports, int independentSources) {
        static Properties of(IncidentSummary s) {
            return new Properties(s.id().value(), s.date() == null ? null : s.date().toString(),
                    s.eventType() == null ? null : s.eventType().acledName(),
                    s.subEventType() == null ? null : s.subEventType().acledName(),
                    s.placeName(), s.placeNameAr(), s.admin1(), s.geoPrecision() == null ? 0 : s.geoPrecision(),
                    s.grade().name(), s.grade().label(), ARABIC.grade(s.grade()), s.fatalitiesBest(), s.reports(),
                    s.independentSources());
        }
    }
}

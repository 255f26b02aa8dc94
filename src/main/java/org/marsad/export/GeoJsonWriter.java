package org.marsad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.geo.Location;
import org.marsad.store.IncidentRecord;

/**
 * Writes located incidents as a GeoJSON FeatureCollection (RFC 7946: coordinates are longitude,
 * latitude). Incidents without a resolved place have no point and are left out.
 */
public final class GeoJsonWriter {
    private final ObjectMapper json = new ObjectMapper();

    public void write(List<IncidentRecord> incidents, Writer out) throws IOException {
        List<Map<String, Object>> features = new ArrayList<>();
        for (IncidentRecord record : incidents) {
            record.incident().place().ifPresent(place -> features.add(feature(record, place)));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        json.writeValue(out, collection);
    }

    private static Map<String, Object> feature(IncidentRecord record, Location place) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", record.incident().id().value());
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.lon(), place.lat())));
        feature.put("properties", IncidentJson.of(record.incident(), record.assessment()));
        return feature;
    }
}

package org.marsad.geo;

import java.util.List;
import java.util.Map;

/**
 * What the rest of the report says about where a mention is.
 *
 * @param mention        the place as written
 * @param governorates   admin1 keys ("SY.07") named close to the mention, with the words that named them
 * @param reportGovernorates admin1 keys named anywhere in the report, with the words
 * @param anchors        unambiguous places named elsewhere in the report
 * @param focus          the region the newsroom covers
 */
record PlaceContext(String mention, Map<String, String> governorates, Map<String, String> reportGovernorates,
                    List<GazetteerEntry> anchors, FocusArea focus) {
    PlaceContext {
        governorates = Map.copyOf(governorates);
        reportGovernorates = Map.copyOf(reportGovernorates);
        anchors = List.copyOf(anchors);
    }
}

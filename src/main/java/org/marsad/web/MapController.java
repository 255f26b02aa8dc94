package org.marsad.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.marsad.store.IncidentQueries;
import org.marsad.store.IncidentSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The incident map at {@code /map} (Leaflet over the offline basemap in {@code /basemap/}) and the
 * markers it loads from {@code /map/incidents.json}, filtered like the list.
 */
@Controller
class MapController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    /** At most this many incidents are put on the map, newest first. */
    static final int MARKER_LIMIT = 5_000;

    private final IncidentQueries incidents;
    private final ActorChoices actors;
    private final ActorNames actorNames;

    MapController(@Qualifier(WebApp.INCIDENT_QUERIES) IncidentQueries incidents, ActorChoices actors,
                  ActorNames actorNames) {
        this.incidents = incidents;
        this.actors = actors;
        this.actorNames = actorNames;
    }

    @GetMapping("/map")
    String map(FilterForm form, Model model, HttpServletResponse response) {
        FilterForm.Parsed parsed = form.parse();
        if (!parsed.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", parsed.problems());
        IncidentListController.addChoices(model, actors, actorNames);
        return "map";
    }

    /** The markers as GeoJSON; 400 with the list of problems when a filter is invalid. */
    @GetMapping("/map/incidents.json")
    @ResponseBody
    ResponseEntity<?> markers(FilterForm form) {
        FilterForm.Parsed parsed = form.parse();
        if (!parsed.valid()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("problems", parsed.problems()));
        }
        List<IncidentSummary> found = incidents.findIncidents(parsed.filter(), MARKER_LIMIT);
        return ResponseEntity.ok().contentType(GEO_JSON).body(IncidentMarkers.of(found));
    }
}

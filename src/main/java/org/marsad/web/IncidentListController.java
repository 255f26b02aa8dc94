package org.marsad.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.marsad.extract.EventType;
import org.marsad.store.IncidentQueries;
import org.marsad.store.IncidentSummary;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The incident list at {@code /}: the filter form and the matching incidents, newest first. */
@Controller
class IncidentListController {
    /** At most this many rows are listed; the page says so when the filter matches more. */
    static final int LIMIT = 500;

    private final IncidentQueries incidents;
    private final ActorChoices actors;
    private final ActorNames actorNames;

    IncidentListController(@Qualifier(WebApp.INCIDENT_QUERIES) IncidentQueries incidents, ActorChoices actors,
                           ActorNames actorNames) {
        this.incidents = incidents;
        this.actors = actors;
        this.actorNames = actorNames;
    }

    @GetMapping("/")
    String list(FilterForm form, Model model, HttpServletResponse response) {
        FilterForm.Parsed parsed = form.parse();
        List<IncidentSummary> rows = List.of();
        if (parsed.valid()) {
            rows = incidents.findIncidents(parsed.filter(), LIMIT);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", parsed.problems());
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() >= LIMIT);
        addChoices(model, actors, actorNames);
        return "incidents";
    }

    /** The options of the filter form's selects: ACLED event types and the actors seen in the store. */
    static void addChoices(Model model, ActorChoices actors, ActorNames actorNames) {
        model.addAttribute("eventTypes", EventType.values());
        model.addAttribute("actorChoices", actors.current());
        model.addAttribute("actorNames", actorNames);
    }
}

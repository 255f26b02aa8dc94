package org.marsad.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.marsad.assess.Grade;
import org.marsad.incident.IncidentId;
import org.marsad.store.IncidentQueries;
import org.marsad.store.IncidentRecord;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident page at {@code /incidents/{id}} (reports side by side, assessment, history) and the
 * review an editor posts from it. Who may post is decided by the security configuration.
 */
@Controller
class IncidentPageController {
    /** A review note longer than this is refused rather than cut. */
    static final int MAX_NOTE = 2000;

    private final IncidentQueries incidents;
    private final ActorNames actorNames;

    IncidentPageController(@Qualifier(WebApp.INCIDENT_QUERIES) IncidentQueries incidents, ActorNames actorNames) {
        this.incidents = incidents;
        this.actorNames = actorNames;
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<IncidentRecord> record = incidents.findIncident(new IncidentId(id));
        if (record.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missingId", id);
            return "incident-missing";
        }
        model.addAttribute("page", IncidentPage.of(record.get()));
        model.addAttribute("actorNames", actorNames);
        model.addAttribute("grades", Grade.values());
        return "incident";
    }

    @PostMapping("/incidents/{id}/review")
    String review(@PathVariable String id, @RequestParam String grade, @RequestParam(defaultValue = "") String note,
                  Authentication user, RedirectAttributes redirect) {
        IncidentId incident = new IncidentId(id);
        if (incidents.findIncident(incident).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no incident " + id);
        }
        Grade chosen = parseGrade(grade);
        if (note.isBlank() || note.length() > MAX_NOTE) {
            redirect.addFlashAttribute("reviewProblem", "A review needs a note of 1 to " + MAX_NOTE
                    + " characters saying why · يجب كتابة ملاحظة تبين السبب");
            redirect.addFlashAttribute("draftGrade", chosen);
            return "redirect:/incidents/{id}";
        }
        incidents.reviewGrade(incident, chosen, note.strip(), user.getName());
        redirect.addFlashAttribute("reviewDone", "Grade set to " + chosen.label() + " · تم تعديل التقييم");
        return "redirect:/incidents/{id}";
    }

    private static Grade parseGrade(String grade) {
        try {
            return Grade.valueOf(grade.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown grade '" + grade + "'");
        }
    }
}

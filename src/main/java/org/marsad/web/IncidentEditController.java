package org.marsad.web;

import org.marsad.incident.ClaimKey;
import org.marsad.incident.IncidentId;
import org.marsad.report.ReportId;
import org.marsad.review.IncidentEdits;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An editor's merge (this incident is the same event as another) and split (this report's claim
 * is a different event), posted from the incident page. Who may post is decided by the security
 * configuration; what may be merged or split, by {@link IncidentEdits}.
 */
@Controller
class IncidentEditController {
    private final IncidentEdits edits;

    IncidentEditController(@Qualifier(WebApp.INCIDENT_EDITS) IncidentEdits edits) {
        this.edits = edits;
    }

    @PostMapping("/incidents/{id}/merge")
    String merge(@PathVariable String id, @RequestParam(defaultValue = "") String into,
                 @RequestParam(defaultValue = "") String note, Authentication user, RedirectAttributes redirect) {
        if (into.isBlank()) {
            return problem(redirect, "Name the incident to merge into · اكتب رقم الحادثة");
        }
        try {
            IncidentId kept = edits.merge(new IncidentId(id), new IncidentId(into.strip()), user.getName(), checked(note));
            redirect.addFlashAttribute("reviewDone", "Merged " + id + " into " + kept + " · تم الدمج");
            redirect.addAttribute("target", kept.value());
            return "redirect:/incidents/{target}";
        } catch (IllegalArgumentException | IllegalStateException e) {
            return problem(redirect, e.getMessage());
        }
    }

    @PostMapping("/incidents/{id}/split")
    String split(@PathVariable String id, @RequestParam String report, @RequestParam int claim,
                 @RequestParam(defaultValue = "") String note, Authentication user, RedirectAttributes redirect) {
        try {
            IncidentId created = edits.split(new IncidentId(id), new ClaimKey(new ReportId(report), claim),
                    user.getName(), checked(note));
            redirect.addFlashAttribute("reviewDone", "Split " + report + " out into " + created + " · تم الفصل");
            return "redirect:/incidents/{id}";
        } catch (IllegalArgumentException | IllegalStateException e) {
            return problem(redirect, e.getMessage());
        }
    }

    private static String checked(String note) {
        if (note.isBlank() || note.length() > IncidentPageController.MAX_NOTE) {
            throw new IllegalArgumentException("A merge or split needs a note of 1 to " + IncidentPageController.MAX_NOTE
                    + " characters saying why · يجب كتابة ملاحظة تبين السبب");
        }
        return note.strip();
    }

    private static String problem(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("reviewProblem", message);
        return "redirect:/incidents/{id}";
    }
}

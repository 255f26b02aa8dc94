package org.marsad.web;

import java.util.Locale;
import org.marsad.store.IncidentQueries;
import org.marsad.store.UserStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin page at {@code /admin}: the users, what the store holds, and the latest audit log entries. */
@Controller
class AdminController {
    static final int AUDIT_ENTRIES = 200;

    private final IncidentQueries incidents;
    private final UserStore users;

    AdminController(@Qualifier(WebApp.INCIDENT_QUERIES) IncidentQueries incidents,
                    @Qualifier(WebApp.USER_STORE) UserStore users) {
        this.incidents = incidents;
        this.users = users;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("users", users.users().stream()
                .map(u -> new Account(u.username(), u.role().name().toLowerCase(Locale.ROOT), u.enabled())).toList());
        model.addAttribute("audit", incidents.auditLog(AUDIT_ENTRIES));
        model.addAttribute("auditLimit", AUDIT_ENTRIES);
        return "admin";
    }

    /** A user as the admin page lists them; the password hash never reaches a page. */
    record Account(String username, String role, boolean enabled) {
    }
}

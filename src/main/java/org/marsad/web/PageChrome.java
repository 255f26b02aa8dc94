package org.marsad.web;

import java.security.Principal;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.assess.Grade;
import org.marsad.store.IncidentQueries;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is logged in (for the nav), the store's counts (for the footer), labels. */
@ControllerAdvice
class PageChrome {
    private static final ArabicLabels ARABIC = new ArabicLabels();
    private final IncidentQueries incidents;
    private final RoleHierarchy roles;

    PageChrome(@Qualifier(WebApp.INCIDENT_QUERIES) IncidentQueries incidents, RoleHierarchy roles) {
        this.incidents = incidents;
        this.roles = roles;
    }

    /** The logged-in user, or null on the login and error pages of an anonymous visitor. */
    @ModelAttribute("viewer")
    Viewer viewer(Principal principal) {
        if (!(principal instanceof Authentication auth) || !auth.isAuthenticated()) {
            return null;
        }
        Set<String> reachable = roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return new Viewer(auth.getName(), granted(auth.getAuthorities()), reachable.contains("ROLE_EDITOR"),
                reachable.contains("ROLE_ADMIN"));
    }

    @ModelAttribute("counts")
    IncidentQueries.Counts counts() {
        return incidents.counts();
    }

    @ModelAttribute("ar")
    ArabicLabels arabic() {
        return ARABIC;
    }

    @ModelAttribute("allGrades")
    Grade[] grades() {
        return Grade.values();
    }

    private static String granted(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5).toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
    }
}

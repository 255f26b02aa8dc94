package org.marsad.web;

/**
 * The logged-in user as the page chrome shows them.
 *
 * @param name   the user name
 * @param role   the role as granted, lower case ("viewer", "editor", "admin")
 * @param editor whether the user may review (editors and admins)
 * @param admin  whether the user may see the admin page
 */
record Viewer(String name, String role, boolean editor, boolean admin) {
    Viewer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("viewer name must not be blank");
        }
    }
}

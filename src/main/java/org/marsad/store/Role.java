package org.marsad.store;

/** What a user may do: viewers read, editors also review, admins also manage users and sources. */
public enum Role {
    VIEWER, EDITOR, ADMIN
}

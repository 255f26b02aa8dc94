package org.marsad.store;

/** A user who can log in; the password is stored only as a hash (bcrypt via Spring's encoder). */
public record UserAccount(String username, String passwordHash, Role role, boolean enabled) {
    public UserAccount {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException("username must be 2-64 of letters, digits, . _ @ -: '" + username + "'");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("password hash must not be blank for " + username);
        }
        if (role == null) {
            throw new IllegalArgumentException("role must not be null for " + username);
        }
    }

    /** Omits the hash so that a log line or error can never carry it. */
    @Override
    public String toString() {
        return "UserAccount[" + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}

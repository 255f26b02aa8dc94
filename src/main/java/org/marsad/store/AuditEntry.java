package org.marsad.store;

import java.time.Instant;

/**
 * One entry of the audit log: who did what to which object, in words.
 *
 * @param at          when
 * @param username    who (a user name, or "system" for pipeline runs)
 * @param action      the named operation, e.g. "ingest", "review.grade", "user.add"
 * @param subject     what it was done to, e.g. an incident id or a file path
 * @param description a human-readable sentence, e.g. "graded Confirmed: CJTF-OIR accepted the strike"
 */
public record AuditEntry(Instant at, String username, String action, String subject, String description) {
    public AuditEntry {
        if (at == null || username == null || action == null || subject == null || description == null) {
            throw new IllegalArgumentException("audit entry fields must not be null: " + action + " " + subject);
        }
    }
}

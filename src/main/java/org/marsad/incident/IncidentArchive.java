package org.marsad.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Incidents kept outside the index (in the store) that an {@link IncidentIndex} pulls in when a
 * new claim could join them, so that adding a report does not mean loading every incident.
 */
public interface IncidentArchive {
    /** Nothing kept elsewhere: the index holds every incident there is. */
    IncidentArchive NONE = new IncidentArchive() {
        @Override
        public Set<IncidentId> within(Reach reach) {
            return Set.of();
        }

        @Override
        public List<Incident> incidents(Collection<IncidentId> ids) {
            return List.of();
        }

        @Override
        public Optional<IncidentId> home(ClaimKey claim) {
            return Optional.empty();
        }

        @Override
        public boolean holds(IncidentId id) {
            return false;
        }
    };

    /** The incidents with at least one claim within the reach. */
    Set<IncidentId> within(Reach reach);

    /** The incidents with these ids (those it keeps), each with all its claims. */
    List<Incident> incidents(Collection<IncidentId> ids);

    /** The incident a claim belongs to, if any. */
    Optional<IncidentId> home(ClaimKey claim);

    /** Whether an incident with this id is kept, so that a new one does not take its id. */
    boolean holds(IncidentId id);
}

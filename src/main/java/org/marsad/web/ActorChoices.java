package org.marsad.web;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.marsad.store.IncidentFilter;
import org.marsad.store.IncidentQueries;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The actors offered by the filter forms: every actor id the stored incidents name, with its ACLED
 * name. Scanning the incidents is kept for as long as the store's counts stay the same, so a page view
 * costs a scan only after new reports arrived.
 */
@Component
class ActorChoices {
    /** How many incidents, newest first, are scanned for actors. */
    static final int SCAN = 10_000;

    private final IncidentQueries incidents;
    private final ActorNames names;
    private volatile Snapshot snapshot;

    ActorChoices(@Qualifier(WebApp.INCIDENT_QUERIES) IncidentQueries incidents, ActorNames names) {
        this.incidents = incidents;
        this.names = names;
    }

    /** Actor id → ACLED name, sorted by id. */
    Map<String, String> current() {
        IncidentQueries.Counts now = incidents.counts();
        Snapshot seen = snapshot;
        if (seen == null || !seen.counts().equals(now)) {
            Map<String, String> actors = new TreeMap<>();
            incidents.findIncidents(IncidentFilter.NONE, SCAN).stream()
                    .flatMap(s -> s.actors().stream()).filter(Objects::nonNull)
                    .forEach(id -> actors.put(id, names.name(id)));
            seen = new Snapshot(now, Collections.unmodifiableMap(actors));
            snapshot = seen;
        }
        return seen.choices();
    }

    private record Snapshot(IncidentQueries.Counts counts, Map<String, String> choices) {
    }
}

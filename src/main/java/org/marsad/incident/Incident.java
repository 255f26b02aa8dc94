package org.marsad.incident;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marsad.extract.EventClaim;
import org.marsad.extract.Stance;
import org.marsad.geo.Location;

import java.util.List;
import org.marsad.geo.LocatedClaim;

/** One real event as Marsad understands it: the claims, from one or many reports, that describe it. */
public record Incident(IncidentId id, List<LocatedClaim> claims) {
    public Incident {
        if (id == null) {
            throw new IllegalArgumentException("incident id must not be null");
        }
        if (claims == null || claims.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " must have at least one claim");
        }
        claims = List.copyOf(claims);
    }

    /** The claim that speaks for the incident: an asserted, typed, dated claim, earliest first. */
    public EventClaim lead() {
        Comparator<EventClaim> order = Comparator
                .comparing((EventClaim c) -> c.stance() != Stance.ASSERTED)
                .thenComparing(c -> c.eventType() == null)
                .thenComparing(c -> c.date() == null)
                .thenComparing(c -> c.date() == null ? LocalDate.MAX : c.date())
                .thenComparing(c -> c.report().value())
                .thenComparingInt(EventClaim::index);
        return claims.stream().map(LocatedClaim::claim).min(order).orElseThrow();
    }

    /** The most precise resolved place, the most often named among equals; empty when none is resolved. */
    public Optional<Location> place() {
        List<Location> resolved = claims.stream().map(LocatedClaim::location)
                .filter(Objects::nonNull).filter(Location::resolved).toList();
        Map<String, Long> votes = resolved.stream()
                .collect(Collectors.groupingBy(Location::gazetteerId, Collectors.counting()));
        return resolved.stream().min(Comparator.comparingInt(Location::geoPrecision)
                .thenComparing(l -> -votes.get(l.gazetteerId()))
                .thenComparing(Location::gazetteerId));
    }
}

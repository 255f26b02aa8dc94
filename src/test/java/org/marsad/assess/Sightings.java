package org.marsad.assess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.extract.Figure;
import org.marsad.extract.PlaceMention;
import org.marsad.extract.Span;
import org.marsad.extract.Stance;
import org.marsad.extract.SubEventType;
import org.marsad.extract.TimePrecision;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Incident;
import org.marsad.incident.IncidentId;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/** Builds an incident from reports of one strike on al-Shafa, one report at a time, for assessor tests. */
final class Sightings {
    static final LocalDate DAY = LocalDate.of(2018, 12, 16);

    private final List<LocatedClaim> claims = new ArrayList<>();
    private final Map<ReportId, Report> reports = new HashMap<>();

    /** A report from {@code source} blaming {@code actor1}; {@code citing} and {@code killed} may be null. */
    Sightings report(String source, String actor1, Integer killed, String citing, String text) {
        return add(source, actor1, killed, citing, Stance.ASSERTED, DAY, text);
    }

    Sightings denial(String source, String actor1, String text) {
        return add(source, actor1, null, null, Stance.DENIED, DAY, text);
    }

    Sightings add(String source, String actor1, Integer killed, String citing, Stance stance, LocalDate date,
                  String text) {
        return add(source, actor1, "civilians", killed, null, citing, stance, date, text);
    }

    /** A report naming who was killed ({@code actor2}) and how many of them were civilians (may be null). */
    Sightings victims(String source, String actor1, String actor2, int killed, Integer civilians, String text) {
        return add(source, actor1, actor2, killed, civilians, null, Stance.ASSERTED, DAY, text);
    }

    /** A report of a clash between {@code actor1} and {@code actor2}, either of which may be null (unnamed). */
    Sightings battle(String source, String actor1, String actor2, String text) {
        return add(source, actor1, actor2, null, null, null, Stance.ASSERTED, DAY, text, SubEventType.ARMED_CLASH);
    }

    private Sightings add(String source, String actor1, String actor2, Integer killed, Integer civilians, String citing,
                          Stance stance, LocalDate date, String text) {
        return add(source, actor1, actor2, killed, civilians, citing, stance, date, text, SubEventType.AIR_DRONE_STRIKE);
    }

    private Sightings add(String source, String actor1, String actor2, Integer killed, Integer civilians, String citing,
                          Stance stance, LocalDate date, String text, SubEventType type) {
        ReportId id = new ReportId("r" + (reports.size() + 1));
        Instant published = Instant.parse("2018-12-16T10:00:00Z").plusSeconds(3600L * reports.size());
        reports.put(id, new Report(id, "sha-" + id, source, null, published, Language.EN, null, text,
                Origin.file("test.jsonl")));
        EventClaim claim = new EventClaim(id, 0, type.eventType(), type,
                actor1 == null ? null : new ActorId(actor1), actor2 == null ? null : new ActorId(actor2),
                new PlaceMention("al-Shafa", new Span(0, 1), null), date, TimePrecision.DAY,
                killed == null ? null : Figure.exactly(killed), civilians == null ? null : Figure.exactly(civilians),
                null, citing, stance,
                new Span(0, text.length()), text, List.of());
        claims.add(new LocatedClaim(claim, null));
        return this;
    }

    Incident incident() {
        return new Incident(new IncidentId("SYR-20181216-test"), claims);
    }

    Assessment assessedBy(Assessor assessor) {
        return assessor.assess(incident(), reports::get);
    }
}

package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marsad.assess.Assessment;
import org.marsad.extract.ActorId;
import org.marsad.extract.EventClaim;
import org.marsad.extract.EventType;
import org.marsad.geo.Location;
import org.marsad.lexicon.Lexicon;
import org.marsad.report.Report;
import org.marsad.store.AuditEntry;
import org.marsad.store.IncidentRecord;

/**
 * Writes incidents as ACLED rows, in ACLED's column order, so that an analyst's ACLED tooling reads
 * Marsad's record unchanged. Fatalities are the lowest credible figure, as ACLED codes conflicting
 * tolls; the full range and the grade are in the notes.
 */
public final class AcledCsvWriter {
    /** ACLED's export columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private final Lexicon lexicon;
    private final Clock clock;

    public AcledCsvWriter(Lexicon lexicon, Clock clock) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void write(List<IncidentRecord> incidents, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\n").get().print(out);
        for (IncidentRecord record : incidents) {
            csv.printRecord(row(record));
        }
        csv.flush();
    }

    private List<Object> row(IncidentRecord record) {
        EventClaim lead = record.incident().lead();
        Location place = record.incident().place().orElse(null);
        Lexicon.Actor one = actor(lead.actor1());
        Lexicon.Actor two = actor(lead.actor2());
        List<Object> row = new ArrayList<>();
        row.addAll(Arrays.asList(record.incident().id().value(), lead.date(),
                lead.date() == null ? null : lead.date().getYear(),
                lead.timePrecision() == null ? null : lead.timePrecision().code(),
                disorder(lead.eventType()), lead.eventType() == null ? null : lead.eventType().acledName(),
                lead.subEventType() == null ? null : lead.subEventType().acledName(),
                one == null ? null : one.acledName(), null, one == null ? null : one.inter(),
                two == null ? null : two.acledName(), null, two == null ? null : two.inter(),
                interaction(one, two), two != null && "civilians".equals(two.id()) ? "Civilian targeting" : null));
        row.addAll(Arrays.asList(place == null ? null : place.iso(), "Middle East",
                place == null ? null : place.country(), place == null ? null : place.admin1(),
                place == null ? null : place.admin2(), null,
                place == null ? (lead.place() == null ? null : lead.place().text()) : place.name(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                place == null ? null : place.geoPrecision()));
        row.addAll(Arrays.asList(sources(record), null, Notes.of(record, lead), fatalities(record.assessment()),
                "marsad grade: " + record.assessment().grade().label(), timestamp(record)));
        return row;
    }

    private Lexicon.Actor actor(ActorId id) {
        return id == null ? null : lexicon.actors().get(id.value());
    }

    private static String disorder(EventType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case PROTESTS, RIOTS -> "Demonstrations";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
            default -> "Political violence";
        };
    }

    /** ACLED's two-digit interaction code: the two inter codes, lower first (a lone actor is 10 × inter). */
    private static Integer interaction(Lexicon.Actor one, Lexicon.Actor two) {
        if (one == null) {
            return null;
        }
        if (two == null) {
            return one.inter() * 10;
        }
        return Math.min(one.inter(), two.inter()) * 10 + Math.max(one.inter(), two.inter());
    }

    private static String sources(IncidentRecord record) {
        return String.join("; ", record.reports().stream().map(Report::source).filter(Objects::nonNull)
                .distinct().toList());
    }

    private static int fatalities(Assessment assessment) {
        return assessment.fatalities() == null ? 0 : assessment.fatalities().low();
    }

    private long timestamp(IncidentRecord record) {
        return record.history().stream().map(AuditEntry::at).max(Instant::compareTo)
                .orElse(clock.instant()).getEpochSecond();
    }
}

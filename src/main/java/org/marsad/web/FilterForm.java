package org.marsad.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.EventType;
import org.marsad.store.IncidentFilter;

/**
 * The incident filters as typed into the list or map form (query parameters {@code from, to, type,
 * actor, place, text}); {@link #parse()} turns them into an {@link IncidentFilter} or says, field by
 * field, what is wrong. Blank fields are no restriction.
 */
record FilterForm(String from, String to, String type, String actor, String place, String text) {
    FilterForm {
        from = trimmed(from);
        to = trimmed(to);
        type = trimmed(type);
        actor = trimmed(actor);
        place = trimmed(place);
        text = trimmed(text);
    }

    static final FilterForm EMPTY = new FilterForm(null, null, null, null, null, null);

    /** The filter when every field is valid; otherwise no filter and one message per bad field. */
    Parsed parse() {
        List<String> problems = new ArrayList<>();
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add("The end date " + toDate + " is before the start date " + fromDate
                    + " · تاريخ النهاية قبل تاريخ البداية");
        }
        EventType eventType = eventType(problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new IncidentFilter(fromDate, toDate, eventType, actor, place, text), List.of());
    }

    /** Whether any field restricts the list. */
    public boolean active() {
        return !(from.isEmpty() && to.isEmpty() && type.isEmpty() && actor.isEmpty() && place.isEmpty()
                && text.isEmpty());
    }

    private static LocalDate date(String field, String value, List<String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("'" + value + "' in '" + field + "' is not a date; write it as YYYY-MM-DD"
                    + " · التاريخ غير صالح");
            return null;
        }
    }

    private EventType eventType(List<String> problems) {
        if (type.isEmpty()) {
            return null;
        }
        try {
            return EventType.parse(type);
        } catch (IllegalArgumentException e) {
            problems.add("'" + type + "' is not an ACLED event type · نوع الحدث غير معروف");
            return null;
        }
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * The outcome of reading the form.
     *
     * @param filter   the filter; null when there are problems
     * @param problems what is wrong, one message per field, in form order
     */
    record Parsed(IncidentFilter filter, List<String> problems) {
        Parsed {
            problems = List.copyOf(problems);
            if ((filter == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("either a filter or problems, not both: " + problems);
            }
        }

        boolean valid() {
            return filter != null;
        }
    }
}

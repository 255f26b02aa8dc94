package org.marsad.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads a publication time given as an ISO instant ({@code 2018-12-14T09:12:00Z}), an offset or
 * zoned date-time ({@code 2018-12-14T12:12:00+03:00}), a local date-time taken as UTC
 * ({@code 2018-12-14T09:12:00}, a space instead of the T allowed) or a plain date taken as its
 * start in UTC ({@code 2018-12-14}).
 */
final class PublishedTime {
    private PublishedTime() {
    }

    /**
     * The instant {@code value} names.
     *
     * @throws InputRefused when it is none of the accepted forms
     */
    static Instant parse(String value) {
        String text = value.strip();
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME
                    .parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InputRefused("invalid published date, expected an ISO date or date-time", value);
        } catch (DateTimeException e) {
            throw new InputRefused("invalid published date: " + e.getMessage(), value);
        }
    }
}

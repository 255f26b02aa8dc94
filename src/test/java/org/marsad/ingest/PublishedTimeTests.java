package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedTimeTests {

    @Test
    void readsInstantsOffsetAndLocalDateTimesAndPlainDates() {
        assertThat(PublishedTime.parse("2018-12-14T09:12:00Z")).isEqualTo(Instant.parse("2018-12-14T09:12:00Z"));
        assertThat(PublishedTime.parse("2018-12-14T12:12:00+03:00")).isEqualTo(Instant.parse("2018-12-14T09:12:00Z"));
        assertThat(PublishedTime.parse("2018-12-14T09:12:00")).isEqualTo(Instant.parse("2018-12-14T09:12:00Z"));
        assertThat(PublishedTime.parse("2018-12-14 09:12")).isEqualTo(Instant.parse("2018-12-14T09:12:00Z"));
        assertThat(PublishedTime.parse(" 2018-12-14 ")).isEqualTo(Instant.parse("2018-12-14T00:00:00Z"));
    }

    @Test
    void refusesAnythingElseNamingTheValue() {
        assertThatThrownBy(() -> PublishedTime.parse("14/12/2018"))
                .isInstanceOf(InputRefused.class)
                .hasMessage("invalid published date, expected an ISO date or date-time")
                .satisfies(e -> assertThat(((InputRefused) e).value()).isEqualTo("14/12/2018"));
        assertThatThrownBy(() -> PublishedTime.parse("2018-02-30")).isInstanceOf(InputRefused.class);
    }
}

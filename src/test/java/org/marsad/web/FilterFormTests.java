package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.marsad.extract.EventType;
import org.marsad.store.IncidentFilter;
import org.junit.jupiter.api.Test;

class FilterFormTests {
    @Test
    void anEmptyFormIsNoRestriction() {
        FilterForm.Parsed parsed = new FilterForm(null, " ", "", null, "", null).parse();

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.filter()).isEqualTo(IncidentFilter.NONE);
        assertThat(FilterForm.EMPTY.active()).isFalse();
    }

    @Test
    void everyFieldIsReadIntoTheFilter() {
        FilterForm form = new FilterForm("2018-12-01", "2018-12-31", "Explosions/Remote violence", "coalition",
                " الشعفة ", "air strike");

        FilterForm.Parsed parsed = form.parse();

        assertThat(parsed.filter()).isEqualTo(new IncidentFilter(LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 31),
                EventType.EXPLOSIONS_REMOTE_VIOLENCE, "coalition", "الشعفة", "air strike"));
        assertThat(form.active()).isTrue();
    }

    @Test
    void theEnumNameOfAnEventTypeIsAcceptedLikeItsAcledName() {
        assertThat(new FilterForm(null, null, "BATTLES", null, null, null).parse().filter().eventType())
                .isEqualTo(EventType.BATTLES);
    }

    @Test
    void everyBadFieldIsNamedInOneMessage() {
        FilterForm.Parsed parsed = new FilterForm("16/12/2018", "yesterday", "Massacres", null, null, null).parse();

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).hasSize(3);
        assertThat(parsed.problems().get(0)).startsWith("'16/12/2018' in 'from' is not a date; write it as YYYY-MM-DD");
        assertThat(parsed.problems().get(1)).startsWith("'yesterday' in 'to' is not a date");
        assertThat(parsed.problems().get(2)).startsWith("'Massacres' is not an ACLED event type");
    }

    @Test
    void anEndBeforeTheStartIsAProblemNotAnException() {
        FilterForm.Parsed parsed = new FilterForm("2019-01-02", "2019-01-01", null, null, null, null).parse();

        assertThat(parsed.problems()).singleElement().asString()
                .startsWith("The end date 2019-01-01 is before the start date 2019-01-02");
    }
}

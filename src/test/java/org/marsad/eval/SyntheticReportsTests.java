package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SyntheticReportsTests {

    @Test
    void fillsTemplatesAsStringFormatDoesInTheRootLocale() {
        for (String template : new String[] {"hit %s on %s, killing %d and %d.", "اعتقلت %3$d في %1$s يوم %2$s و%4$d.",
            "%s%s%d"}) {
            assertThat(SyntheticReports.fill(template, "هجين", "Sunday", 7, 12))
                    .isEqualTo(String.format(Locale.ROOT, template, "هجين", "Sunday", 7, 12));
        }
    }

    @Test
    void makesTheSameReportsFromTheSameSeed() {
        SyntheticReports a = new SyntheticReports(2018);
        SyntheticReports b = new SyntheticReports(2018);

        for (int i = 0; i < 50; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }
}

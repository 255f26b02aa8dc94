package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BystandersTests {
    /** The actor1 and actor2 ids of the one claim the text makes. */
    private static List<String> actors(String text) {
        var claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).hasSize(1);
        EventClaim c = claims.get(0);
        return Arrays.asList(c.actor1() == null ? null : c.actor1().value(), c.actor2() == null ? null : c.actor2().value());
    }

    @Test
    void theAllyNamedWithItsSupportIsNeitherSide() {
        assertThat(actors("With coalition air support, SDF fighters captured the village of al-Marashida on Friday.")).containsExactly("sdf", "isis");
        assertThat(actors("Backed by coalition warplanes, the SDF took control of Abu Hassan on Sunday."))
                .containsExactly("sdf", "isis");
        assertThat(actors("سيطرت قسد على قرية البحرة بدعم جوي من التحالف الدولي يوم الأحد"))
                .containsExactly("sdf", "isis");
    }

    @Test
    void anAllyBeforeTheCommaIsNotTheSideAfterIt() {
        assertThat(actors("Thanks to Russian support, regime forces recaptured hills near al-Mayadin from ISIS on Monday."))
                .containsExactly("syrian_gov", "isis");
    }

    @Test
    void thePartyOfAChargeLaidOnVictimsIsNoSide() {
        assertThat(actors("ISIS militants beheaded a young man accused of spying for the SDF in al-Shafa on Tuesday."))
                .containsExactly("isis", "civilians");
        assertThat(actors("أعدم عناصر من التنظيم رجلين رميا بالرصاص بتهمة العمالة للتحالف في قرية السوسة يوم السبت"))
                .containsExactly("isis", "civilians");
        assertThat(actors("أعدم التنظيم راعيا في بادية هجين بعد اتهامه بالعمل لصالح قسد"))
                .containsExactly("isis", "civilians");
    }

    @Test
    void thePartyOfAChargeOnThoseArrestedIsItsSuspectedMen() {
        assertThat(actors("Regime forces detained six men suspected of links with ISIS in al-Mayadin on Friday."))
                .containsExactly("syrian_gov", "isis");
    }

    @Test
    void anAccuserIsNotTheAccused() {
        assertThat(actors("The SDF accused ISIS of executing four civilians in Hajin on Thursday.").get(0))
                .isEqualTo("isis");
    }
}

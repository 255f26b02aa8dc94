package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BystandersTests {
    @Test
    void theAllyNamedWithItsSupportIsNeitherSide() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("With coalition air support, SDF fighters captured the village of al-Marashida on Friday.")).containsExactly("sdf", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("Backed by coalition warplanes, the SDF took control of Abu Hassan on Sunday."))
                .containsExactly("sdf", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("سيطرت قسد على قرية البحرة بدعم جوي من التحالف الدولي يوم الأحد"))
                .containsExactly("sdf", "isis");
    }

    @Test
    void anAllyBeforeTheCommaIsNotTheSideAfterIt() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Thanks to Russian support, regime forces recaptured hills near al-Mayadin from ISIS on Monday."))
                .containsExactly("syrian_gov", "isis");
    }

    @Test
    void thePartyOfAChargeLaidOnVictimsIsNoSide() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("ISIS militants beheaded a young man accused of spying for the SDF in al-Shafa on Tuesday."))
                .containsExactly("isis", "civilians");
        assertThat(Fixtures.actorsOfTheOnlyClaim("أعدم عناصر من التنظيم رجلين رميا بالرصاص بتهمة العمالة للتحالف في قرية السوسة يوم السبت"))
                .containsExactly("isis", "civilians");
        assertThat(Fixtures.actorsOfTheOnlyClaim("أعدم التنظيم راعيا في بادية هجين بعد اتهامه بالعمل لصالح قسد"))
                .containsExactly("isis", "civilians");
    }

    @Test
    void thePartyOfAChargeOnThoseArrestedIsItsSuspectedMen() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Regime forces detained six men suspected of links with ISIS in al-Mayadin on Friday."))
                .containsExactly("syrian_gov", "isis");
    }

    @Test
    void anAccuserIsNotTheAccused() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("The SDF accused ISIS of executing four civilians in Hajin on Thursday.").get(0))
                .isEqualTo("isis");
    }
}

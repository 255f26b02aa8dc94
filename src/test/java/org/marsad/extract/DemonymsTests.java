package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemonymsTests {
    @Test
    void readsANationalityAndItsArmsWithAModelBetween() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Iraqi F-16 jets struck an Islamic State meeting in Hajin on Tuesday.")).containsExactly("iraq_gov", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("French Caesar howitzers shelled ISIS positions in Hajin on Friday.")).containsExactly("coalition", "isis");
    }

    @Test
    void readsAnArabicNationalityAfterItsArms() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("قصفت مروحيات عراقية مواقع التنظيم قرب الباغوز يوم الأحد")).containsExactly("iraq_gov", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("شنت طائرات حربية روسية غارات على مواقع لداعش في بادية البوكمال يوم السبت"))
                .containsExactly("russia", "isis");
    }

    @Test
    void readsNoNationalityAcrossWordsThatAreNoKindOfArms() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Syrian state media said jets bombed al-Mayadin on Friday.").get(0)).isNull();
    }
}

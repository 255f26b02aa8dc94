package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemonymsTests {
    /** The actor1 and actor2 ids of the one claim the text makes. */
    private static List<String> actors(String text) {
        var claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).hasSize(1);
        EventClaim c = claims.get(0);
        return Arrays.asList(c.actor1() == null ? null : c.actor1().value(), c.actor2() == null ? null : c.actor2().value());
    }

    @Test
    void readsANationalityAndItsArmsWithAModelBetween() {
        assertThat(actors("Iraqi F-16 jets struck an Islamic State meeting in Hajin on Tuesday.")).containsExactly("iraq_gov", "isis");
        assertThat(actors("French Caesar howitzers shelled ISIS positions in Hajin on Friday.")).containsExactly("coalition", "isis");
    }

    @Test
    void readsAnArabicNationalityAfterItsArms() {
        assertThat(actors("قصفت مروحيات عراقية مواقع التنظيم قرب الباغوز يوم الأحد")).containsExactly("iraq_gov", "isis");
        assertThat(actors("شنت طائرات حربية روسية غارات على مواقع لداعش في بادية البوكمال يوم السبت"))
                .containsExactly("russia", "isis");
    }

    @Test
    void readsNoNationalityAcrossWordsThatAreNoKindOfArms() {
        assertThat(actors("Syrian state media said jets bombed al-Mayadin on Friday.").get(0)).isNull();
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SidesTests {
    /** The actor1 and actor2 ids of the one claim the text makes. */
    private static List<String> actors(String text) {
        var claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).hasSize(1);
        EventClaim c = claims.get(0);
        return Arrays.asList(c.actor1() == null ? null : c.actor1().value(), c.actor2() == null ? null : c.actor2().value());
    }

    @Test
    void sidesNamedBetweenKeepTheirOrderWhateverSideTheTollCounts() {
        assertThat(actors("Fierce fighting between the SDF and IS fighters near al-Bahra left 11 SDF members dead on Monday."))
                .containsExactly("sdf", "isis");
        assertThat(actors("معارك بين قوات سوريا الديمقراطية وعناصر التنظيم في محيط الشعفة أدت إلى مقتل 7 من قسد"))
                .containsExactly("sdf", "isis");
    }

    @Test
    void aPartyBeforeThePairIsNotOverruledByIt() {
        assertThat(actors("Coalition jets struck al-Susah on Monday amid fighting between the SDF and ISIS."))
                .first().isEqualTo("coalition");
    }

    @Test
    void aPartyOfAClauseOfWhatCameBeforeYieldsToThePartiesOfTheMainClause() {
        assertThat(actors("After a two-day ISIS counter-attack, the SDF regained control of al-Kashma on Friday."))
                .containsExactly("sdf", "isis");
        assertThat(actors("استعادت قسد السيطرة على بلدة السوسة إثر هجوم شنه التنظيم ليلة الجمعة"))
                .containsExactly("sdf", "isis");
        assertThat(actors("سيطر مقاتلو داعش على قرية الكشمة بعد انسحاب قسد منها يوم الأربعاء"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void aClauseOfWhatCameBeforeThatHoldsTheEventCueTellsTheEvent() {
        assertThat(actors("Five SDF fighters died on Sunday after ISIS militants ambushed their patrol near Gharanij."))
                .containsExactly("isis", "sdf");
        assertThat(actors("تراجعت قسد من نقاطها في بلدة هجين عقب هجوم معاكس لتنظيم داعش يوم السبت"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void aTimeOfDayAfterAfterOpensNoClause() {
        assertThat(actors("قصفت طائرات التحالف بعد منتصف الليل مواقع التنظيم في الباغوز")).containsExactly("coalition", "isis");
    }

    @Test
    void aPairOfSidesIsLedByTheOneTheTextSaysBeganTheFight() {
        assertThat(actors("Clashes broke out between the SDF and ISIS near Hajin on Monday after an ISIS attack on a checkpoint."))
                .containsExactly("isis", "sdf");
        assertThat(actors("اندلعت اشتباكات بين قسد وعناصر داعش إثر هجوم شنه الأخير على بلدة هجين يوم الاثنين"))
                .containsExactly("isis", "sdf");
        assertThat(actors("Clashes broke out between the SDF and ISIS near Hajin on Monday after an SDF raid."))
                .containsExactly("sdf", "isis");
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SidesTests {
    @Test
    void sidesNamedBetweenKeepTheirOrderWhateverSideTheTollCounts() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Fierce fighting between the SDF and IS fighters near al-Bahra left 11 SDF members dead on Monday."))
                .containsExactly("sdf", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("معارك بين قوات سوريا الديمقراطية وعناصر التنظيم في محيط الشعفة أدت إلى مقتل 7 من قسد"))
                .containsExactly("sdf", "isis");
    }

    @Test
    void aPartyBeforeThePairIsNotOverruledByIt() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Coalition jets struck al-Susah on Monday amid fighting between the SDF and ISIS."))
                .first().isEqualTo("coalition");
    }

    @Test
    void aPartyOfAClauseOfWhatCameBeforeYieldsToThePartiesOfTheMainClause() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("After a two-day ISIS counter-attack, the SDF regained control of al-Kashma on Friday."))
                .containsExactly("sdf", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("استعادت قسد السيطرة على بلدة السوسة إثر هجوم شنه التنظيم ليلة الجمعة"))
                .containsExactly("sdf", "isis");
        assertThat(Fixtures.actorsOfTheOnlyClaim("سيطر مقاتلو داعش على قرية الكشمة بعد انسحاب قسد منها يوم الأربعاء"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void aClauseOfWhatCameBeforeThatHoldsTheEventCueTellsTheEvent() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Five SDF fighters died on Sunday after ISIS militants ambushed their patrol near Gharanij."))
                .containsExactly("isis", "sdf");
        assertThat(Fixtures.actorsOfTheOnlyClaim("تراجعت قسد من نقاطها في بلدة هجين عقب هجوم معاكس لتنظيم داعش يوم السبت"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void aTimeOfDayAfterAfterOpensNoClause() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("قصفت طائرات التحالف بعد منتصف الليل مواقع التنظيم في الباغوز")).containsExactly("coalition", "isis");
    }

    @Test
    void aPairOfSidesIsLedByTheOneTheTextSaysBeganTheFight() {
        assertThat(Fixtures.actorsOfTheOnlyClaim("Clashes broke out between the SDF and ISIS near Hajin on Monday after an ISIS attack on a checkpoint."))
                .containsExactly("isis", "sdf");
        assertThat(Fixtures.actorsOfTheOnlyClaim("اندلعت اشتباكات بين قسد وعناصر داعش إثر هجوم شنه الأخير على بلدة هجين يوم الاثنين"))
                .containsExactly("isis", "sdf");
        assertThat(Fixtures.actorsOfTheOnlyClaim("Clashes broke out between the SDF and ISIS near Hajin on Monday after an SDF raid."))
                .containsExactly("sdf", "isis");
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Denials, opinion and history: what a report says about an event without asserting a new one. */
class StanceTests {
    private static List<EventClaim> claims(String text) {
        return Fixtures.EXTRACTOR.extract(Fixtures.report(text));
    }

    @Test
    void aDenialIsAClaimOfItsOwnAboutTheSameEvent() {
        List<EventClaim> claims = claims("Amaq said an ISIS suicide car bomb killed 20 SDF fighters in Hajin on Saturday.\n"
                + "The SDF spokesman denied the report, saying no attack took place.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
        assertThat(claims.get(1).subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
        assertThat(claims.get(1).why()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("stance");
            assertThat(r.matched()).isEqualTo("denied");
        });
    }

    @Test
    void readsArabicDenials() {
        List<EventClaim> claims = claims("أعلنت وكالة أعماق مقتل 15 عنصراً من قسد بهجوم انتحاري في هجين.\n"
                + "ونفى المتحدث باسم قسد وقوع أي هجوم.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
    }

    @Test
    void readsLaSihhaAsADenial() {
        List<EventClaim> claims = claims("قالت سانا إن طائرات التحالف قصفت مدرسة في السوسة.\n"
                + "وقال التحالف الدولي في بيان إنه لا صحة لهذه الأنباء.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
        assertThat(claims.get(1).attributedTo()).isEqualTo("CJTF-OIR");
    }

    @Test
    void anOpinionSentenceYieldsNoClaim() {
        assertThat(claims("In my view the coalition should stop the airstrikes on Hajin.")).isEmpty();
        assertThat(claims("يجب على التحالف وقف الغارات على هجين")).isEmpty();
    }

    @Test
    void aHistorySentenceYieldsNoClaim() {
        assertThat(claims("ISIS captured Hajin in 2014 and held it for years.")).isEmpty();
        assertThat(claims("سيطر تنظيم داعش على هجين عام 2014")).isEmpty();
    }

    @Test
    void aReportWithoutAnEventYieldsNoClaim() {
        assertThat(claims("The council discussed the budget proposal for next year.")).isEmpty();
        assertThat(claims("أعلن الباحثون عن سلالة هجين جديدة من القمح")).isEmpty();
    }

    @Test
    void readsNoRecordOfStrikesAsADenial() {
        List<EventClaim> claims = claims("The coalition said it had no record of strikes in Hajin on Tuesday.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.DENIED);
    }

    @Test
    void aDenierQuotingTheAllegationItDeniesMakesOneDeniedClaim() {
        List<EventClaim> claims = claims("The coalition has seen reports alleging that its air strikes killed four farmers "
                + "near al-Susah on Thursday. Its review found no record of any strike there that day.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIED);
            assertThat(c.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
            assertThat(c.actor1()).isEqualTo(new ActorId("coalition"));
            assertThat(c.place().text()).isEqualTo("al-Susah");
            assertThat(c.date()).isEqualTo(java.time.LocalDate.of(2018, 12, 13));
            assertThat(c.fatalities()).isNull();
        });
    }

    @Test
    void aDenierQuotingAnArabicAllegationMakesOneDeniedClaim() {
        List<EventClaim> claims = claims("تداولت صفحات محلية مزاعم عن إعدام قسد لثلاثة رعاة في قرية الباغوز يوم الجمعة. "
                + "ونفت قسد في بيان هذه المزاعم جملة وتفصيلا.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIED);
            assertThat(c.subEventType()).isEqualTo(SubEventType.ATTACK);
            assertThat(c.attributedTo()).isEqualTo("SDF");
        });
    }

    @Test
    void aThirdPartysClaimStaysAssertedBeforeItsDenial() {
        List<EventClaim> claims = claims("Amaq claimed that its fighters killed 9 SDF members near Hajin on Friday. "
                + "The SDF denied the claim.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
    }

    @Test
    void peopleFleeingAsFightingGrowsIsNoClaim() {
        assertThat(claims("Hundreds of villagers fled al-Susah on Monday as the clashes moved closer.")).isEmpty();
        assertThat(claims("نزحت عشرات العائلات من بلدة السوسة يوم الاثنين وسط اشتباكات متقطعة")).isEmpty();
        assertThat(claims("Clashes between ISIS and the SDF in al-Susah on Monday forced families to flee.")).hasSize(1);
    }

    @Test
    void aTallySinceTheStartOfTheBattleIsNoClaim() {
        assertThat(claims("More than 900 SDF fighters have been killed since the start of the battle for Hajin.")).isEmpty();
        assertThat(claims("قتل أكثر من تسعمائة عنصر من التنظيم منذ بدء معركة الباغوز بحسب المرصد")).isEmpty();
    }

    @Test
    void aJudgementOfTheBattleIsNoClaim() {
        assertThat(claims("The fight for al-Susah is considered the fiercest clash of the autumn.")).isEmpty();
        assertThat(claims("يعتبر هجوم التنظيم على البحرة من أعنف المعارك في ريف دير الزور")).isEmpty();
    }

    @Test
    void aDenialRestatedWithoutANewEventStaysOneDenial() {
        List<EventClaim> claims = claims("The SDF denied it detained any student in al-Mayadin on Friday; such stories are baseless.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIED);
            assertThat(c.subEventType()).isEqualTo(SubEventType.ARRESTS);
        });
    }

    @Test
    void aSecondDenialOfAnotherEventIsItsOwnClaim() {
        List<EventClaim> claims = claims("The SDF denied arrests of teachers in al-Mayadin on Friday. "
                + "It also denied that coalition aircraft bombed a school in Hajin, calling the reports false.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.DENIED, Stance.DENIED);
    }

    @Test
    void aDenialRepeatedWithTheSameKindOfEventAndNoNewPlaceStaysOneDenial() {
        List<EventClaim> claims = claims("Regime forces denied shelling a school in al-Mayadin on Monday. "
                + "Reports that their artillery fired on the town are false.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIED);
            assertThat(c.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        });
    }
}

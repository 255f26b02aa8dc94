package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sub-event types decided by more than the cue: who took the ground, whether a dispersal killed, which act a sentence tells. */
class TypeRefinementTests {
    private static SubEventType typeOf(String text) {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).as(text).isNotEmpty();
        return claims.get(0).subEventType();
    }

    @Test
    void groundRetakenByANonStateGroupIsNotRegainedByGovernment() {
        assertThat(typeOf("تمكن مقاتلو داعش من استعادة السيطرة على قرية البحرة مساء الأربعاء"))
                .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(typeOf("استعادت قوات النظام السيطرة على بلدة القورية يوم الأحد"))
                .isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void aProtestDispersedWithDeathsIsExcessiveForce() {
        assertThat(typeOf("أطلق عناصر من قسد الرصاص الحي لتفريق مظاهرة في الشحيل يوم الجمعة ما أدى إلى مقتل شاب"))
                .isEqualTo(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
        assertThat(typeOf("فرقت قوات الأمن مظاهرة في الشحيل يوم الجمعة")).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void lootingAndBurningHomesIsLootingNotARiot() {
        assertThat(typeOf("Militiamen looted homes and set fire to a shop in Gharanij on Sunday"))
                .isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(typeOf("An angry crowd set fire to the council building in al-Busayrah on Sunday"))
                .isEqualTo(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void readsCuesOfRarerActs() {
        assertThat(typeOf("ISIS militants flogged a man in the square of al-Sousa on Sunday")).isEqualTo(SubEventType.ATTACK);
        assertThat(typeOf("Hundreds of people took to the streets of Dhiban on Tuesday")).isEqualTo(SubEventType.PEACEFUL_PROTEST);
        assertThat(typeOf("ألقت قسد القبض على قيادي في التنظيم في بلدة البصيرة فجر اليوم")).isEqualTo(SubEventType.ARRESTS);
        assertThat(typeOf("أبطلت فرق الهندسة مفعول عبوة ناسفة تحت جسر بلدة الصور صباح اليوم"))
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void strikesThatAlsoHitAnotherPlaceAreMoreOfTheAirStrike() {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report("Coalition warplanes struck al-Sousa on "
                + "Saturday, killing seven civilians. The strikes also hit the outskirts of al-Shafa."));

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.AIR_DRONE_STRIKE, SubEventType.AIR_DRONE_STRIKE);
        assertThat(claims.get(1).actor1()).isEqualTo(new ActorId("coalition"));
    }

    @Test
    void aBombingToldAfterAClashIsAnEventOfItsOwn() {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report("دارت اشتباكات عنيفة بين قسد وعناصر التنظيم "
                + "في الباغوز ليل الإثنين. وأضاف بالي أن طائرات التحالف استهدفت ثلاثة مستودعات للذخيرة داخل الجيب."));

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.ARMED_CLASH, SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void homesBurnedByAnArmedGroupAreDestroyedPropertyNotARiot() {
        assertThat(typeOf("عناصر من داعش أضرموا النار في منازل بلدة السوسة يوم الأحد"))
                .isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(typeOf("اقتحم أهال غاضبون مبنى المجلس في بلدة البصيرة وأضرموا النار فيه مساء الأحد"))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
    }

    @Test
    void seizedWeaponsAreNoGroundTaken() {
        assertThat(typeOf("Authorities in Albukamal arrested a cell of Daesh terrorists and seized explosive belts, SANA said"))
                .isEqualTo(SubEventType.ARRESTS);
        assertThat(typeOf("SDF fighters seized al-Bahra on Sunday")).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(typeOf("Explosive ordnance teams cleared 43 IEDs from the streets of Hajin last week"))
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void readsStrikesAndDispersalsToldAtLength() {
        assertThat(typeOf("In a new massacre against the Syrian people, warplanes of the so-called coalition targeted "
                + "the village of al-Shafa on Friday, claiming the lives of 26 civilians")).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(typeOf("SDF security forces fired warning shots to break up a demonstration in Abu Hamam on Tuesday"))
                .isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
        assertThat(typeOf("Daesh cells attacked their post with machine guns and rocket-propelled grenades in al-Kishma"))
                .isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(typeOf("SDF fighters clashed with ISIS in Hajin on Monday, backed by coalition air strikes"))
                .isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void anAreaSomeoneHoldsIsNoGroundTaken() {
        assertThat(typeOf("اعتقلت الميليشيات ثلاثة شبان في مدينة الميادين يوم الجمعة بتهمة التواصل مع أقاربهم في مناطق سيطرة قسد"))
                .isEqualTo(SubEventType.ARRESTS);
    }

    @Test
    void readsArabicFeminineAndPluralForms() {
        assertThat(typeOf("احتجت عشرات النساء في مخيم الهول يوم الخميس ورشقن الحراس بالحجارة وأضرمن النار في خيمة"))
                .isEqualTo(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(typeOf("ادعت وكالة أعماق أن مقاتلي التنظيم أسقطوا طائرة مسيرة فوق بلدة الباغوز مساء السبت"))
                .isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void aDenialThatNoStrikesWereCarriedOutIsADenialNotCalm() {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report("Syrian state media said on Thursday that "
                + "coalition aircraft had bombed a bakery in Hajin, killing 14 civilians. A coalition spokesman told Reuters "
                + "the report was false and that the coalition had carried out no strikes in the town that day."));

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
    }
}

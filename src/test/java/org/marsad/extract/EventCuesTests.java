package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Entry;
import org.marsad.lexicon.Tokens;

class EventCuesTests {
    private final EventCues cues = new EventCues(Fixtures.LEXICON);

    private Optional<SubEventType> type(String text) {
        Tokens tokens = Tokens.of(text);
        return cues.decide(tokens, 0, tokens.size()).map(EventCues.Cue::type);
    }

    private static boolean arabic(Entry e) {
        return e.phrase().codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    @Test
    void everySubEventTypeHasACueInEnglish() {
        Set<SubEventType> covered = EnumSet.noneOf(SubEventType.class);
        Fixtures.LEXICON.entries("events.tsv").stream().filter(e -> !arabic(e))
                .forEach(e -> covered.add(SubEventType.parse(e.key())));

        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("sub-event types without an English cue")
                .isEmpty();
    }

    @Test
    void everySubEventTypeHasACueInArabic() {
        Set<SubEventType> covered = EnumSet.noneOf(SubEventType.class);
        Fixtures.LEXICON.entries("events.tsv").stream().filter(EventCuesTests::arabic)
                .forEach(e -> covered.add(SubEventType.parse(e.key())));

        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("sub-event types without an Arabic cue")
                .isEmpty();
    }

    @Test
    void theLexiconKnowsExactlyTheAcledSubEventTypes() {
        assertThat(org.marsad.lexicon.Lexicon.SUB_EVENT_TYPES).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(SubEventType.values()).map(SubEventType::acledName).toList());
    }

    @Test
    void readsABombingByAircraftAsAnAirStrikeAndOtherwiseAsShelling() {
        assertThat(type("طائرات التحالف قصفت مدرسة في السوسة")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("قسد قصفت مواقع التنظيم في هجين")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(type("Russian jets pounded the town")).contains(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void decidesCommonHajinEvents() {
        assertThat(type("Coalition airstrikes hit Hajin")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("غارات جوية على السوسة")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("Iraqi artillery shelled al-Baghuz")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(type("قصف مدفعي على الشعفة")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(type("Heavy clashes near Gharanij")).contains(SubEventType.ARMED_CLASH);
        assertThat(type("اشتباكات عنيفة في محيط هجين")).contains(SubEventType.ARMED_CLASH);
        assertThat(type("ISIS abducted three teachers")).contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        assertThat(type("اختطف التنظيم ثلاثة مدرسين")).contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    }

    @Test
    void prefersTheMostSpecificCue() {
        assertThat(type("A suicide car bomb struck SDF positions during the clashes")).contains(SubEventType.SUICIDE_BOMB);
        assertThat(type("هجوم بسيارة مفخخة خلال اشتباكات مع قسد")).contains(SubEventType.SUICIDE_BOMB);
    }

    @Test
    void readsCuesThatCarryArabicProclitics() {
        assertThat(type("مقتل مدنيين بغارة على هجين")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("وباشتباكات متقطعة")).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void findsNoCueInAnOrdinarySentence() {
        assertThat(type("The council discussed the budget proposal")).isEmpty();
        assertThat(type("ناقش المجلس مشروع الموازنة")).isEmpty();
    }

    @Test
    void readsArabicWarplanesAsAnAirStrike() {
        assertThat(type("استهدفت طائرات التحالف بلدة هجين")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("قصفت طائرات حربية بلدة هجين")).contains(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void readsExecutionsAsAttacks() {
        assertThat(type("ISIS executed five men in Hajin")).contains(SubEventType.ATTACK);
        assertThat(type("أعدم تنظيم داعش 3 شبان في هجين")).contains(SubEventType.ATTACK);
        assertThat(type("تنظيم الدولة يعدم 7 مواطنين في الكشمة")).contains(SubEventType.ATTACK);
    }

    @Test
    void takesTheEventOfTheSentenceOverOneItHappenedAfter() {
        assertThat(type("A truce was agreed between tribal fighters and the SDF after two days of clashes"))
                .contains(SubEventType.AGREEMENT);
        assertThat(type("Two days of clashes ended when a truce was agreed")).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void readsWhatAnActWasForAsItsAimNotAsAnEvent() {
        assertThat(type("The army launched an offensive on Monday to recapture al-Mayadin"))
                .contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(type("استأنفت قسد يوم الاثنين هجومها لتحرير قرى ريف البوكمال")).contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void readsAircraftAndArtilleryTogetherAsAnAirStrike() {
        assertThat(type("Russian warplanes and regime artillery pounded al-Quriyah")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("Regime artillery pounded al-Quriyah")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void readsSniperFireAsAnAttack() {
        assertThat(type("A sniper shot two boys near the bakery in Hajin")).contains(SubEventType.ATTACK);
        assertThat(type("أصيب مدنيان برصاص قناص قرب فرن هجين")).contains(SubEventType.ATTACK);
    }

    @Test
    void readsAnAssassinationAsAnAttack() {
        assertThat(type("Gunmen assassinated a tribal elder outside his home in Dhiban")).contains(SubEventType.ATTACK);
        assertThat(type("مجهولون يغتالون وجيها عشائريا أمام منزله في ذيبان")).contains(SubEventType.ATTACK);
        assertThat(type("اغتيال مسؤول محلي برصاص مسلحين في الشحيل")).contains(SubEventType.ATTACK);
    }

    @Test
    void readsFullControlTakenAsTerritoryTaken() {
        assertThat(type("The army announced it was taking full control of the western bank"))
                .contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(type("الفصائل تعلن السيطرة الكاملة على قرية السفيرة"))
                .contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(type("أعلن الجيش سيطرته على تلال المنطقة")).contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }

    @Test
    void readsABomberDetonatingHisBeltAsASuicideBomb() {
        assertThat(type("A fighter blew himself up at the gate of the council building")).contains(SubEventType.SUICIDE_BOMB);
        assertThat(type("مهاجم يفجر حزامه الناسف عند حاجز للجيش")).contains(SubEventType.SUICIDE_BOMB);
    }

    @Test
    void readsTheStartOfABattleAsAChangeOfActivityNotAClash() {
        assertThat(type("الجيش يعلن بدء المعركة الأخيرة في البادية")).contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(type("أعلنت الفصائل بدء الهجوم على مواقع التنظيم")).contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void readsTheArrestOfProtestersAsArrestsNotAProtest() {
        assertThat(type("Police detained nine men who had joined the demonstration in Raqqa")).contains(SubEventType.ARRESTS);
        assertThat(type("اعتقالات بحق متظاهرين في الطبقة")).contains(SubEventType.ARRESTS);
        assertThat(type("Demonstrators were arrested outside the council")).contains(SubEventType.ARRESTS);
    }

    @Test
    void stillReadsAProtestAgainstArrestsAsAProtest() {
        assertThat(type("Villagers protested against the arrest of their sons")).contains(SubEventType.PEACEFUL_PROTEST);
        assertThat(type("تظاهر الأهالي احتجاجا على اعتقال أبنائهم")).contains(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void readsTheBundledCuesForPhrasingsBeyondTheFirstSplit() {
        assertThat(type("Gunmen ambushed a patrol on the desert road")).contains(SubEventType.ARMED_CLASH);
        assertThat(type("A truck bomb went off outside the council building")).contains(SubEventType.SUICIDE_BOMB);
        assertThat(type("A mine went off under a tractor near the river")).contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(type("Police fired tear gas to disperse the crowd of students"))
                .contains(SubEventType.PROTEST_WITH_INTERVENTION);
        assertThat(type("A farmer was beaten to death by villagers")).contains(SubEventType.MOB_VIOLENCE);
        assertThat(type("أوقفت الفصائل عملياتها العسكرية مؤقتا")).contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void letsAFoiledBombingOutrankTheBombItFoiled() {
        assertThat(type("أحبطت القوات هجوما بسيارة مفخخة قبل وصولها إلى الحاجز"))
                .contains(SubEventType.DISRUPTED_WEAPONS_USE);
        assertThat(type("Guards foiled a car bomb attack at the gate")).contains(SubEventType.DISRUPTED_WEAPONS_USE);
    }

    @Test
    void letsAHandOverWithoutAFightOutrankAWithdrawal() {
        assertThat(type("انسحب المقاتلون من النقاط وسلموها للجيش دون قتال"))
                .contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void readsAMassacreCommittedByAircraftAsAnAirStrikeAndOtherwiseAsAnAttack() {
        assertThat(type("Russian jets committed a massacre in the market of al-Mayadin"))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("مجزرة جديدة ارتكبها الطيران الحربي في بلدة الشعفة")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("مجزرة بقصف لقوات النظام على الشحيل")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(type("عناصر التنظيم ارتكبوا مجزرة بحق أبناء العشيرة")).contains(SubEventType.ATTACK);
    }

    @Test
    void readsAnAttackByAnAngryCrowdAsAViolentDemonstration() {
        assertThat(type("Enraged villagers stormed the council building in al-Busayrah"))
                .contains(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(type("هاجم محتجون غاضبون حاجزا في بلدة الشحيل")).contains(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(type("Demonstrators blocked the road with burning tyres")).contains(SubEventType.VIOLENT_DEMONSTRATION);
        assertThat(type("ISIS fighters stormed an SDF post near Hajin")).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void readsAMarchAsAPeacefulProtest() {
        assertThat(type("Hundreds rallied in the square of Dhiban against the arrests")).contains(SubEventType.PEACEFUL_PROTEST);
        assertThat(type("خرجت مسيرة في بلدة الشحيل تطالب بالإفراج عن المعتقلين")).contains(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void readsCaptivesTakenToAnUnknownPlaceAfterAnArrestAsTheArrest() {
        assertThat(type("Security forces arrested two brothers in Gharanij and took them to an unknown location"))
                .contains(SubEventType.ARRESTS);
        assertThat(type("اعتقلت دورية أمنية شابين واقتادتهما إلى مكان مجهول")).contains(SubEventType.ARRESTS);
        assertThat(type("Gunmen seized a trader and drove him to an unknown location"))
                .contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    }

    @Test
    void readsUnexplodedOrdnanceAsARemoteExplosiveNotShelling() {
        assertThat(type("An unexploded artillery shell went off in a field near Darnaj"))
                .contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void readsWhatAnAgreementProvidesForAsItsTermsNotAsEvents() {
        assertThat(type("An evacuation deal was reached providing for the handover of the village of al-Sayyal"))
                .contains(SubEventType.AGREEMENT);
        assertThat(type("وقعت الأطراف اتفاقا ينص على تسليم الجثث وخروج الجرحى")).contains(SubEventType.AGREEMENT);
        assertThat(type("The SDF handed over the town after an agreement with the tribes"))
                .contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void readsPluralSuicideBombersAndExplosivesLadenVehiclesAsSuicideBombs() {
        assertThat(type("Two suicide bombers drove into an SDF post")).contains(SubEventType.SUICIDE_BOMB);
        assertThat(type("An explosives-laden pickup hit the checkpoint")).contains(SubEventType.SUICIDE_BOMB);
        assertThat(type("هاجم انتحاريون مواقع قسد في هجين")).contains(SubEventType.SUICIDE_BOMB);
    }

    @Test
    void readsArabicSitInVerbsAsPeacefulProtests() {
        assertThat(type("اعتصم طلاب أمام مبنى المجلس في البصيرة")).contains(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void readsRarerSubEventTypesInTheirCommonForms() {
        assertThat(type("Two hand grenades were hurled at a patrol in al-Busayrah")).contains(SubEventType.GRENADE);
        assertThat(type("Engineers cleared a minefield near al-Kishma")).contains(SubEventType.DISRUPTED_WEAPONS_USE);
        assertThat(type("فرضت قسد حظرا للتجول في بلدة البصيرة")).contains(SubEventType.OTHER);
        assertThat(type("Forty IS fighters gave themselves up near Baghuz")).contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
    }

    @Test
    void readsAVerbAndItsObjectAFewWordsApartWhenNoCueNamesTheAct() {
        assertThat(type("دمر عناصر التنظيم قبل انسحابهم عشرات من منازل الأهالي في البحرة"))
                .contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(type("The retreating jihadists blew up a row of shops in al-Kishma"))
                .contains(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(type("سلم أكثر من ثلاثين مقاتلا من التنظيم أنفسهم في هجين")).contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(type("استهدف القصف فجر اليوم منازل في قرية البحرة")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void readsWhatBefellAPlaceAfterSubjectedToAsTheEventNotAnAim() {
        assertThat(type("تعرضت بلدة الشعفة لقصف مدفعي عنيف")).contains(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(type("تعرضت فتاة للاغتصاب على يد مسلحين")).contains(SubEventType.SEXUAL_VIOLENCE);
    }

    @Test
    void readsSnatchingAndKillingAtSomeonesHandsAsTheirKinds() {
        assertThat(type("Gunmen snatched a pharmacist in al-Busayrah")).contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        assertThat(type("قتل راع على يد مسلحين قرب ذيبان")).contains(SubEventType.ATTACK);
    }

    @Test
    void readsDrivingASideOutOfAPlaceAsGroundTaken() {
        assertThat(type("A dawn counter-attack drove the jihadists out of Abu Hassan"))
                .contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(type("دحرت قسد عناصر التنظيم من قرية البوبدران")).contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(type("Heavy clashes forced a pause in the advance")).contains(SubEventType.ARMED_CLASH);
    }

    @Test
    void raidsByWarplanesAreAirStrikes() {
        assertThat(type("Coalition warplanes carried out several raids on al-Sousa overnight"))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("A drone struck their house in al-Shafa")).contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("قال التحالف إنه نفذ ضربة دقيقة دمرت مقرا للتنظيم")).contains(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void raidsWithoutAircraftAreNoStrike() {
        assertThat(type("The network said the raids followed a dispute at the checkpoint")).isEmpty();
        assertThat(type("The convoy was hit on the road to Hajin")).isEmpty();
    }

    @Test
    void aCommandAndControlPostIsATargetNotGroundTaken() {
        assertThat(type("Coalition jets destroyed an ISIS command and control centre in Hajin"))
                .contains(SubEventType.AIR_DRONE_STRIKE);
        assertThat(type("نفذ التحالف ضربة دمرت مقرا للقيادة والسيطرة تابعا لداعش")).contains(SubEventType.AIR_DRONE_STRIKE);
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.report.Report;

class RuleExtractorTests {
    private static final String ENGLISH = """
            Coalition airstrikes killed 14 civilians and 9 militants in al-Susah on Saturday, according to SOHR.
            The strikes also wounded 11 people, the Observatory said.

            Separately, ISIS fighters clashed with the SDF near Hajin early Tuesday. Five SDF fighters were killed.

            Analysts believe the battle should end by January.""";

    private static final String ARABIC = """
            قصفت طائرات التحالف الدولي بلدة الشعفة بريف دير الزور الشرقي فجر اليوم، ما أسفر عن مقتل ثلاثة مدنيين بحسب المرصد السوري.

            وفي سياق متصل، اندلعت اشتباكات عنيفة بين قسد وعناصر داعش في محيط بلدة هجين يوم الخميس أسفرت عن مقتل خمسة عشر عنصراً من التنظيم.

            ويرى محللون أنه يجب إنهاء المعركة قبل الشتاء.""";

    private static List<EventClaim> extract(String text) {
        return Fixtures.EXTRACTOR.extract(Fixtures.report(text));
    }

    @Test
    void readsTwoIncidentsOfAnEnglishReportAndSkipsTheOpinion() {
        List<EventClaim> claims = extract(ENGLISH);

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH);
        EventClaim strike = claims.get(0);
        assertThat(strike.actor1()).isEqualTo(new ActorId("coalition"));
        assertThat(strike.place().text()).isEqualTo("al-Susah");
        assertThat(strike.date()).isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(strike.fatalities()).isEqualTo(Figure.exactly(23));
        assertThat(strike.civilianFatalities()).isEqualTo(Figure.exactly(14));
        assertThat(strike.injured()).isEqualTo(Figure.exactly(11));
        assertThat(strike.attributedTo()).isEqualTo("SOHR");
        EventClaim clash = claims.get(1);
        assertThat(clash.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(clash.actor2()).isEqualTo(new ActorId("sdf"));
        assertThat(clash.place().text()).isEqualTo("Hajin");
        assertThat(clash.date()).isEqualTo(LocalDate.of(2018, 12, 11));
        assertThat(clash.fatalities()).isEqualTo(Figure.exactly(5));
    }

    @Test
    void readsTwoIncidentsOfAnArabicReportAndSkipsTheOpinion() {
        List<EventClaim> claims = extract(ARABIC);

        assertThat(claims).extracting(EventClaim::subEventType)
                .containsExactly(SubEventType.AIR_DRONE_STRIKE, SubEventType.ARMED_CLASH);
        EventClaim strike = claims.get(0);
        assertThat(strike.actor1()).isEqualTo(new ActorId("coalition"));
        assertThat(strike.place().text()).isEqualTo("الشعفة");
        assertThat(strike.date()).isEqualTo(LocalDate.of(2018, 12, 16));
        assertThat(strike.civilianFatalities()).isEqualTo(Figure.exactly(3));
        assertThat(strike.attributedTo()).isEqualTo("SOHR");
        EventClaim clash = claims.get(1);
        assertThat(clash.actor1()).isEqualTo(new ActorId("sdf"));
        assertThat(clash.actor2()).isEqualTo(new ActorId("isis"));
        assertThat(clash.place().text()).isEqualTo("هجين");
        assertThat(clash.date()).isEqualTo(LocalDate.of(2018, 12, 13));
        assertThat(clash.fatalities()).isEqualTo(Figure.exactly(15));
    }

    @Test
    void keepsEverySpanInsideTheTextWithTheEvidenceItCovers() {
        for (String text : List.of(ENGLISH, ARABIC)) {
            for (EventClaim claim : extract(text)) {
                assertThat(claim.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(claim.evidence()).isEqualTo(text.substring(claim.span().start(), claim.span().end()));
                assertThat(claim.place().span().of(text)).isEqualTo(claim.place().text());
            }
        }
    }

    @Test
    void explainsEveryFieldItFills() {
        EventClaim strike = extract(ENGLISH).get(0);

        assertThat(strike.why()).extracting(Reason::field).contains("subEventType", "actor1", "location", "date",
                "fatalities", "civilianFatalities", "injured", "attributedTo");
        assertThat(strike.why()).filteredOn(r -> r.field().equals("subEventType")).singleElement()
                .satisfies(r -> assertThat(r.rule()).startsWith("events.tsv:"));
    }

    @Test
    void sharesThePlaceOfTheReportWithALaterSentenceThatNamesNone() {
        List<EventClaim> claims = extract("Heavy fighting was reported in Hajin on Friday.\n"
                + "Coalition jets carried out airstrikes overnight, killing 6 ISIS fighters.");

        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).place().text()).isEqualTo("Hajin");
        assertThat(claims.get(1).why()).anySatisfy(r -> assertThat(r.rule()).contains("earlier in the report"));
    }

    @Test
    void readsNothingFromBlankOrEventlessText() {
        assertThat(extract("   \n ")).isEmpty();
        assertThat(extract("The municipality announced new opening hours for the library.")).isEmpty();
    }

    @Test
    void numbersTheClaimsOfAReportInOrder() {
        Report report = Fixtures.report(ENGLISH);

        assertThat(Fixtures.EXTRACTOR.extract(report)).extracting(EventClaim::index, EventClaim::report)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, report.id()),
                        org.assertj.core.groups.Tuple.tuple(1, report.id()));
    }

    @Test
    void takesTheArabicShellingOfAnActorAsItsActEvenAfterTheToll() {
        EventClaim claim = extract("سقط قتيلان وجريحان بقصف مدفعي لقوات النظام على بلدة الشحيل يوم الثلاثاء.").get(0);

        assertThat(claim.actor1()).isEqualTo(new ActorId("syrian_gov"));
        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(2));
    }

    @Test
    void makesNoClaimOfAPastWarEvenWithAToll() {
        assertThat(extract("Back in 2014, ISIS executed hundreds of members of the Shaitat tribe around Abu Hamam."))
                .isEmpty();
    }

    @Test
    void countsTheDeadOfAnAttackOnCiviliansAsCivilians() {
        EventClaim claim = extract("ISIS militants executed three men in the main square of Hajin on Thursday.").get(0);

        assertThat(claim.subEventType()).isEqualTo(SubEventType.ATTACK);
        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(3));
        assertThat(claim.why()).anySatisfy(r -> assertThat(r.field()).isEqualTo("civilianFatalities"));
    }

    @Test
    void countsKilledProtestersAsCivilians() {
        EventClaim claim = extract("SDF fighters opened fire on protesters in Dhiban on Sunday, killing one and wounding five.")
                .get(0);

        assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(1));
    }

    @Test
    void keepsASpeakerThatSpeaksOfItsOwnActAsTheActor() {
        EventClaim claim = extract("The SDF said on Sunday it had arrested a senior ISIS commander in Baghuz camp.").get(0);

        assertThat(claim.actor1()).isEqualTo(new ActorId("sdf"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
        assertThat(claim.attributedTo()).isEqualTo("SDF");
    }

    @Test
    void stillTakesASpeakerThatReportsAnotherActAsTheSourceOnly() {
        EventClaim claim = extract("The SDF said ISIS fighters attacked civilians in Hajin on Sunday.").get(0);

        assertThat(claim.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(claim.attributedTo()).isEqualTo("SDF");
    }

    @Test
    void readsTwoEventsAtTwoPlacesJoinedInOneSentenceAsTwoClaims() {
        List<EventClaim> arabic = extract("قصف مدفعي على بلدة الشعفة واشتباكات متقطعة في محيط السوسة يوم الجمعة.");
        List<EventClaim> english = extract("Clashes broke out near Gharanij and mortar shells fell on al-Shafa on Friday.");

        assertThat(arabic).extracting(EventClaim::subEventType).containsExactly(
                SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.ARMED_CLASH);
        assertThat(arabic).extracting(c -> c.place().text()).containsExactly("الشعفة", "السوسة");
        assertThat(arabic).extracting(EventClaim::date).containsOnly(java.time.LocalDate.of(2018, 12, 14));
        assertThat(english).extracting(EventClaim::subEventType).containsExactly(
                SubEventType.ARMED_CLASH, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(english).extracting(c -> c.place().text()).containsExactly("Gharanij", "al-Shafa");
    }

    @Test
    void keepsOneEventToldWithTwoCuesAtOnePlaceAsOneClaim() {
        assertThat(extract("غارات جوية وقصف مدفعي على بلدة هجين يوم الجمعة.")).hasSize(1);
        assertThat(extract("Air strikes and artillery fire pounded Hajin and al-Shafa on Friday.")).hasSize(1);
    }

    @Test
    void passesOverAPlaceNamedAsABearingOrACouncilsSeat() {
        assertThat(extract("قصفت المدفعية التركية مزرعة غرب منبج ثم قرية الدادات يوم الأربعاء"))
                .extracting(c -> c.place().text()).containsExactly("الدادات");
        assertThat(extract("A grenade hit the home of a member of the council of Deir ez-Zor in Hajin on Monday"))
                .extracting(c -> c.place().text()).containsExactly("Hajin");
    }

    @Test
    void makesNoClaimOfAnalysisForecastsOrAppeals() {
        assertThat(extract("يرى محللون أن قسد ستحتاج أسابيع لتفكيك الألغام في محيط بلدة السوسة.")).isEmpty();
        assertThat(extract("Analysts expect heavy clashes around al-Bahra once the weather clears.")).isEmpty();
        assertThat(extract("من المتوقع أن تشن قسد هجوما على الشعفة خلال أيام.")).isEmpty();
        assertThat(extract("Aid groups urged the coalition to halt air strikes on al-Susah while families remain.")).isEmpty();
    }

    @Test
    void deniesTheEventOfTheEarlierSentenceWhenTheDenialOnlyImpliesIt() {
        List<EventClaim> claims = extract("Local activists said warplanes dropped barrel bombs on al-Shafa on Friday. "
                + "The coalition rejected the claim, saying its aircraft did not fly that day.");

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
        assertThat(claims.get(1).subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(claims.get(1).date()).isEqualTo(claims.get(0).date());
    }

    @Test
    void readsABodyFoundAsOneDeadWithoutAType() {
        EventClaim claim = extract("The body of a shepherd was found near Abu Hamam on Saturday.").get(0);

        assertThat(claim.subEventType()).isNull();
        assertThat(claim.fatalities()).isEqualTo(Figure.exactly(1));
    }

    @Test
    void takesTheAircraftAndTheSourceOfABombingFromTheNextSentence() {
        EventClaim claim = extract("Four people died in the bombardment of al-Bahra on Saturday. "
                + "Deir Ezzor 24 blamed Russian warplanes for the strike.").get(0);

        assertThat(claim.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(claim.attributedTo()).isEqualTo("Deir Ezzor 24");
    }

    @Test
    void readsTheLosersRetreatAfterACaptureAsPartOfIt() {
        List<EventClaim> claims = extract("SDF fighters took full control of al-Bahra on Saturday. "
                + "The jihadists withdrew toward Abu Khater.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subEventType()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(c.place().text()).isEqualTo("al-Bahra");
        });
    }

    @Test
    void takesNoDateOrSourceFromTheIncidentBeforeASeparateOne() {
        List<EventClaim> claims = extract("Coalition jets bombed al-Susah on Friday, killing 6 people, SOHR said.\n"
                + "In a separate incident, a roadside bomb hit an SDF patrol near Darnaj.");

        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).date()).isEqualTo(java.time.LocalDate.of(2018, 12, 16));
        assertThat(claims.get(1).attributedTo()).isNull();
        assertThat(claims.get(0).attributedTo()).isEqualTo("SOHR");
    }

    @Test
    void readsGroundRegainedByANonStateActorAsTakenNotAsRegainedByTheGovernment() {
        assertThat(extract("أعلن تنظيم الدولة استعادة السيطرة على قرية الباغوز بعد هجوم ليلي.").get(0).subEventType())
                .isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(extract("Syrian government forces regained control of al-Mayadin on Tuesday.").get(0).subEventType())
                .isEqualTo(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void deniesTheArabicReportOfGroundTakenNamedAsANoun() {
        EventClaim claim = extract("نفت قسد الأنباء عن سيطرة التنظيم على قرية أبو حمام.").get(0);

        assertThat(claim.stance()).isEqualTo(Stance.DENIED);
        assertThat(claim.subEventType()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }

    @Test
    void makesNoClaimOfEstimatesOrTalliesSinceTheOffensiveBegan() {
        assertThat(extract("وتشير التقديرات إلى مقتل مئات العناصر من التنظيم في معارك هجين.")).isEmpty();
        assertThat(extract("قتل أكثر من 200 مدني بغارات التحالف منذ بدء الهجوم على الجيب، وفق المرصد.")).isEmpty();
        assertThat(extract("Since the start of the assault, clashes have killed 400 jihadists around Hajin.")).isEmpty();
    }

    @Test
    void takesTheSourceOfTheSentenceJustBeforeTheEventWhenItToldNoEventItself() {
        EventClaim claim = extract("Deir Ezzor 24 said the dead included two teachers. "
                + "Shelling on al-Busayrah killed five civilians on Friday.").get(0);

        assertThat(claim.attributedTo()).isEqualTo("Deir Ezzor 24");
    }

    @Test
    void readsAnAttackWhoseDeadAreAllCiviliansAsAnAttackOnCivilians() {
        EventClaim claim = extract("Friday's attack on a school bus near Darnaj killed four children, activists said.").get(0);

        assertThat(claim.subEventType()).isEqualTo(SubEventType.ATTACK);
    }

    @Test
    void makesNoClaimOfASentenceSayingNothingHappened() {
        assertThat(extract("لم يشهد محيط بلدة السوسة أي اشتباكات خلال اليومين الماضيين.")).isEmpty();
        assertThat(extract("No clashes were reported around al-Bahra on Saturday as fog covered the front.")).isEmpty();
    }
}

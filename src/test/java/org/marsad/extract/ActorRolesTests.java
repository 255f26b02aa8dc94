package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Phrases;
import org.marsad.lexicon.Tokens;

class ActorRolesTests {
    private final ActorRoles roles = new ActorRoles(Fixtures.LEXICON);

    private List<String> decide(String text) {
        Tokens tokens = Tokens.of(text);
        ActorRoles.Roles r = roles.decide(tokens, roles.find(tokens, 0, tokens.size()));
        return java.util.Arrays.asList(key(r.actor1()), key(r.actor2()));
    }

    private static String key(Phrases.Hit hit) {
        return hit == null ? null : hit.entry().key();
    }

    @Test
    void takesTheFirstActorAsTheOneWhoActed() {
        assertThat(decide("Coalition warplanes struck ISIS positions in Hajin")).containsExactly("coalition", "isis");
    }

    @Test
    void readsTheAgentAfterBy() {
        assertThat(decide("ISIS positions in al-Susah were shelled by the Iraqi artillery"))
                .containsExactly("iraq_gov", "isis");
    }

    @Test
    void readsTheTargetAfterAgainst() {
        assertThat(decide("Fighting against ISIS by the SDF continued")).containsExactly("sdf", "isis");
    }

    @Test
    void makesCiviliansTheTarget() {
        assertThat(decide("Civilians were killed when ISIS shelled the camp")).containsExactly("isis", "civilians");
    }

    @Test
    void readsTheArabicAgentAfterTheVerb() {
        assertThat(decide("قصف طيران التحالف مواقع لداعش في هجين")).containsExactly("coalition", "isis");
    }

    @Test
    void readsActorsThatCarryProclitics() {
        assertThat(decide("اشتباكات بين داعش والتحالف في محيط الباغوز")).containsExactly("isis", "coalition");
        assertThat(decide("هجوم لداعش على نقاط بقوات سوريا الديمقراطية")).containsExactly("isis", "sdf");
    }

    @Test
    void readsTheArabicAgentAfterMinQibal() {
        assertThat(decide("استهداف مدنيين من قبل قوات النظام")).containsExactly("syrian_gov", "civilians");
    }

    @Test
    void tellsTheAbbreviationIsFromTheWordIs() {
        assertThat(decide("It is not clear who fired")).containsExactly(null, null);
        assertThat(decide("IS fighters attacked the SDF")).containsExactly("isis", "sdf");
    }

    @Test
    void makesTheActorOfARepelledAttackTheOneWhoActed() {
        assertThat(decide("The SDF repelled an ISIS attack on their positions near Hajin")).containsExactly("isis", "sdf");
    }

    @Test
    void makesTheOneSurrenderedToTheTarget() {
        assertThat(decide("Hundreds of ISIS fighters and their families surrendered to the SDF in Baghuz"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void readsClashesBetweenInTheOrderNamed() {
        assertThat(decide("Clashes between ISIS and the SDF in al-Susah")).containsExactly("isis", "sdf");
        assertThat(decide("اشتباكات بين قسد وداعش في بلدة هجين")).containsExactly("sdf", "isis");
        assertThat(decide("اشتباكات بين عناصر داعش وقسد في بلدة السوسة")).containsExactly("isis", "sdf");
    }

    @Test
    void makesTheActorNamedAfterAircraftTheOneWhoActed() {
        assertThat(decide("استهدفت طائرات التحالف مواقع داعش في هجين")).containsExactly("coalition", "isis");
    }

    @Test
    void readsUsBackedForcesAsTheSdf() {
        assertThat(decide("ISIS attacked US-backed forces near Hajin")).containsExactly("isis", "sdf");
        assertThat(decide("U.S.-backed fighters captured Hajin from ISIS")).containsExactly("sdf", "isis");
    }

    @Test
    void readsTheArabicSurrender() {
        assertThat(decide("استسلم مئات من عناصر التنظيم لقوات سوريا الديمقراطية في الباغوز"))
                .containsExactly("isis", "sdf");
    }

    @Test
    void readsTheSubjectRightAfterAnArabicVerbOfTargeting() {
        assertThat(decide("استهدفت الميليشيات الإيرانية بالصواريخ مواقع لقسد في بلدة الصور"))
                .containsExactly("iran_backed_militias", "sdf");
    }

    @Test
    void readsFightersOfAnActorAsThatActorActing() {
        assertThat(decide("قال مراسل إن مقاتلي التنظيم هاجموا مواقع قسد في الباغوز")).containsExactly("isis", "sdf");
    }

    @Test
    void readsUnitsOfAnArmyAsThatArmyActing() {
        assertThat(decide("وحدات من الجيش العربي السوري استعادت السيطرة على قرى في بادية الميادين").get(0))
                .isEqualTo("syrian_gov");
    }

    @Test
    void prefersAnArmedTargetToCiviliansMerelyNamed() {
        assertThat(decide("اتفاق بين قسد والتنظيم يقضي بخروج المدنيين من الباغوز")).containsExactly("sdf", "isis");
        assertThat(decide("ISIS fighters attacked civilians in Hajin")).containsExactly("isis", "civilians");
    }

    private static EventClaim onlyClaim(String text) {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void civiliansKilledInAClashAreItsVictimsNotAParty() {
        EventClaim english = onlyClaim("Fierce clashes in al-Susah on Monday killed 12 people, among them 4 civilians.");
        EventClaim arabic = onlyClaim("أسفرت اشتباكات عنيفة في قرية الباغوز يوم الاثنين عن مقتل ١٢ شخصا بينهم ٤ مدنيين");

        for (EventClaim claim : List.of(english, arabic)) {
            assertThat(claim.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
            assertThat(claim.actor2()).isNull();
            assertThat(claim.civilianFatalities()).isEqualTo(Figure.exactly(4));
        }
    }

    @Test
    void civiliansAreTheTargetOfABombThatKilledOnlyThem() {
        assertThat(onlyClaim("A roadside bomb near Dhiban killed 3 farmers on Friday.").actor2())
                .isEqualTo(new ActorId("civilians"));
        assertThat(onlyClaim("A roadside bomb in al-Shuhail killed 9 people on Friday, including 2 civilians.").actor2())
                .isNull();
        assertThat(onlyClaim("قتل ٥ مدنيين هم رجل وامرأتان وطفلان بانفجار لغم قرب بلدة ذيبان يوم الخميس").fatalities())
                .isEqualTo(Figure.exactly(5));
    }

    @Test
    void takesTerritoryFromTheTakersOpponentWhenTheReportNamesNoOtherSide() {
        EventClaim english = onlyClaim("SDF units took control of the village of Abu Hamam on Thursday.");
        EventClaim arabic = onlyClaim("حررت قسد قرية أبو حمام يوم الخميس");

        for (EventClaim claim : List.of(english, arabic)) {
            assertThat(claim.subEventType()).isEqualTo(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(claim.actor1()).isEqualTo(new ActorId("sdf"));
            assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
        }
        assertThat(onlyClaim("The Iraqi army retook two hamlets near al-Qaim from the PMF on Monday.").actor2())
                .isEqualTo(new ActorId("pmf"));
    }

    @Test
    void aPartyHoldingThePlaceStruckIsNotTheOneWhoStruck() {
        assertThat(decide("Shells hit al-Susah, a town held by ISIS, killing five civilians"))
                .containsExactly(null, "civilians");
        assertThat(decide("قصف مدفعي على قرى الخاضعة لسيطرة التنظيم")).containsExactly(null, "isis");
    }

    @Test
    void aPartyAnnouncingItsOwnActIsTheOneWhoActed() {
        EventClaim english = onlyClaim("The SDF announced on Tuesday that their units had captured al-Marashida from ISIS.");
        EventClaim arabic = onlyClaim("أعلنت قسد يوم الثلاثاء السيطرة على قرية المراشدة بعد طرد عناصر داعش منها");
        EventClaim strike = onlyClaim("أعلن التحالف الدولي مقتل 12 عنصرا من داعش بغارات جوية قرب هجين يوم الأحد");

        assertThat(List.of(english, arabic)).allSatisfy(c -> {
            assertThat(c.actor1()).isEqualTo(new ActorId("sdf"));
            assertThat(c.actor2()).isEqualTo(new ActorId("isis"));
        });
        assertThat(strike.actor1()).isEqualTo(new ActorId("coalition"));
        assertThat(strike.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void aSpeakerDenyingAnothersActIsNotItsAgent() {
        EventClaim denial = onlyClaim("The SDF denied on Monday that ISIS fighters had overrun its checkpoints near Dhiban.");

        assertThat(denial.stance()).isEqualTo(Stance.DENIED);
        assertThat(denial.actor1()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void aSuicideAttackOnArmedForcesComesFromTheirOpponent() {
        assertThat(onlyClaim("A suicide car bomb struck an SDF convoy near al-Busayrah on Monday, killing three fighters.")
                .actor1()).isEqualTo(new ActorId("isis"));
        assertThat(onlyClaim("انفجرت سيارة مفخخة وسط تجمع لعناصر قسد قرب البصيرة يوم الاثنين").actor1())
                .isEqualTo(new ActorId("isis"));
        assertThat(onlyClaim("A car bomb exploded in a market in al-Busayrah on Monday, killing five civilians.").actor1())
                .isNull();
    }

    @Test
    void readsTheDayAfterOnAsADateNotAMarkOfTheTarget() {
        assertThat(decide("Early on Friday ISIS fighters raided SDF posts")).containsExactly("isis", "sdf");
    }

    @Test
    void anotherEventOfTheSameKindIsByTheSameHand() {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(
                "Russian jets bombed al-Mayadin on Friday, killing 6 people. Another air strike on al-Quriyah killed 3 more."));

        assertThat(claims).extracting(EventClaim::actor1).containsExactly(new ActorId("russia"), new ActorId("russia"));
    }

    @Test
    void aBomberOfAPartyActsForIt() {
        assertThat(decide("انتحاري من التنظيم يفجر نفسه وسط تجمع لقسد قرب الصور")).containsExactly("isis", "sdf");
        assertThat(decide("A bomber from ISIS blew himself up among SDF troops")).containsExactly("isis", "sdf");
    }

    @Test
    void readsThoseABomberStruckAmongAsTheTarget() {
        assertThat(decide("A bomber detonated his vest among regime forces at the Mayadin bridge"))
                .containsExactly(null, "syrian_gov");
        assertThat(decide("مهاجم يفجر نفسه بعناصر قسد قرب حقل العمر")).containsExactly(null, "sdf");
    }

    @Test
    void givesAnUnclaimedSuicideAttackOnArmedForcesToTheirEnemy() {
        EventClaim claim = Fixtures.EXTRACTOR.extract(Fixtures.report(
                "A suicide bomber blew himself up among SDF fighters in al-Shafa on Saturday, killing three.")).get(0);

        assertThat(claim.subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
        assertThat(claim.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("sdf"));
    }

    @Test
    void takesTheEnemyOfAnOffensiveFromTheOpponentsWhenTheReportNamesNone() {
        EventClaim english = onlyClaim("Regime forces resumed their offensive on al-Quriyah on Monday after a lull.");
        EventClaim arabic = onlyClaim("استأنفت قوات النظام عملياتها في بادية الميادين يوم الاثنين.");

        assertThat(english.actor2()).isEqualTo(new ActorId("isis"));
        assertThat(arabic.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void doesNotTakeCiviliansNamedBesideAnOffensiveAsItsTarget() {
        EventClaim claim = onlyClaim("The SDF resumed the assault on al-Marashida on Monday once the families had left.");
        EventClaim withCivilians = onlyClaim(
                "The SDF resumed the assault on al-Marashida on Monday once civilians had been moved out.");

        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
        assertThat(withCivilians.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void leavesAWithdrawalWithoutAnEnemy() {
        EventClaim claim = onlyClaim("ISIS fighters withdrew from al-Bahra towards Hajin on Thursday.");

        assertThat(claim.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(claim.actor2()).isNull();
    }

    @Test
    void leavesAnAllyThatBackedTheFightOutOfBothRoles() {
        assertThat(decide("معارك بين قسد مدعومة بطيران التحالف وعناصر داعش قرب الشعفة"))
                .containsExactly("sdf", "isis");
        assertThat(decide("SDF units backed by coalition jets fought ISIS near al-Bahra")).containsExactly("sdf", "isis");
    }

    @Test
    void readsTheAgentMarkBeforeMembersOfAParty() {
        assertThat(decide("خطف مدنيين من بلدة ذيبان على يد عناصر من التنظيم")).containsExactly("isis", "civilians");
    }

    @Test
    void makesTheOneHandedOverToTheTarget() {
        assertThat(decide("Local fighters handed over three checkpoints near the bridge to the SDF"))
                .containsExactly(null, "sdf");
        assertThat(decide("انسحبت قوات النظام من نقاط في المنطقة وسلمتها للقوات الروسية"))
                .containsExactly("syrian_gov", "russia");
    }

    @Test
    void makesThePartyAVehicleCarriedTheTarget() {
        assertThat(decide("A bomb hit a bus carrying SDF fighters on the road")).containsExactly(null, "sdf");
        assertThat(decide("انفجرت عبوة بسيارة تقل عناصر قسد قرب البصيرة")).containsExactly(null, "sdf");
    }

    @Test
    void makesTheOneWhoseBulletsKilledTheAgent() {
        assertThat(decide("قتل شاب برصاص عناصر حاجز لقوات النظام على مدخل البلدة"))
                .containsExactly("syrian_gov", null);
    }

    @Test
    void leavesTheFormerPartyOfAVictimOutOfBothRoles() {
        assertThat(decide("ضرب حشد غاضب عنصرا سابقا في داعش قرب السوق")).containsExactly("rioters", null);
    }

    @Test
    void thePartyThatLaidDisruptedWeaponsIsTheirTarget() {
        EventClaim english = onlyClaim("Demining teams of the SDF defused 40 landmines that ISIS had planted around Baghuz on Wednesday.");
        EventClaim arabic = onlyClaim("فككت وحدات الهندسة في قسد ألغاما زرعها داعش على مدخل بلدة الشعفة يوم الاثنين");

        assertThat(List.of(english, arabic)).allSatisfy(c -> {
            assertThat(c.subEventType()).isEqualTo(SubEventType.DISRUPTED_WEAPONS_USE);
            assertThat(c.actor1()).isEqualTo(new ActorId("sdf"));
            assertThat(c.actor2()).isEqualTo(new ActorId("isis"));
        });
    }

    @Test
    void weaponsOfAPartyAreDisruptedByItsEnemyWhenTheDisruptorIsUnnamed() {
        EventClaim claim = onlyClaim("تفكيك ألغام زرعها التنظيم في محيط السوسة يوم الخميس");

        assertThat(claim.actor1()).isEqualTo(new ActorId("sdf"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void thePartyThatLaidABombThatWentOffActed() {
        EventClaim claim = onlyClaim("A roadside bomb planted by ISIS killed two SDF fighters near Gharanij on Monday.");

        assertThat(claim.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("sdf"));
    }

    @Test
    void readsATargetMarkWrittenWithTanween() {
        assertThat(decide("انتحاري يستهدف تجمعاً لقوات النظام قرب الميادين")).containsExactly(null, "syrian_gov");
    }

    @Test
    void makesThoseWhoSurrenderedTheOneWhoActedThoughTheyAreCounted() {
        EventClaim claim = onlyClaim("قال مسؤول في قسد إن 150 من مقاتلي التنظيم استسلموا قرب الباغوز يوم الاثنين");

        assertThat(claim.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(claim.actor2()).isNull();
    }

    @Test
    void readsUnnamedGunmenOfANamedPartyAsThatParty() {
        assertThat(decide("Islamic State gunmen shot dead a man near Abu Hamam")).containsExactly("isis", null);
        assertThat(decide("Unidentified gunmen shot dead a man near Abu Hamam")).containsExactly("unknown", null);
    }

    @Test
    void readsArmiesNamedByTheirArmsAndMenNamedOnlyAsUnknown() {
        assertThat(decide("Syrian warplanes bombed al-Quriyah, killing four civilians")).containsExactly("syrian_gov", "civilians");
        assertThat(decide("قصفت مدفعية النظام أطراف مدينة الميادين")).containsExactly("syrian_gov", null);
        assertThat(decide("اختطف مسلحون ملثمون مدرسا في بلدة ذيبان")).containsExactly("unknown", null);
        assertThat(decide("Two shepherds were wounded when a landmine exploded")).containsExactly(null, "civilians");
    }

    @Test
    void readsArmedMenOfANamedPartyAsThatPartyAndUnnamedOnesAsUnknown() {
        assertThat(decide("هاجم مسلحين من داعش حاجزا لقسد قرب هجين")).containsExactly("isis", "sdf");
        assertThat(decide("Gunmen of the Islamic State attacked an SDF checkpoint near Hajin")).containsExactly("isis", "sdf");
        assertThat(decide("اختطف مسلحون يستقلون دراجة نارية شابا في بلدة ذيبان")).containsExactly("unknown", null);
    }
}

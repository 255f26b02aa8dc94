package org.marsad.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleAssessorTests {
    private final RuleAssessor assessor = new RuleAssessor(SourceProfiles.bundled());

    @Test
    void oneSourceIsWeak() {
        Assessment a = new Sightings().report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa, killing 12.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.WEAK);
        assertThat(a.reasons().get(0)).contains("single independent source").contains("SOHR");
        assertThat(a.fatalities()).isEqualTo(new Estimate(12, 12, 12));
    }

    @Test
    void twoIndependentSourcesAreFair() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("Deir Ezzor 24", "coalition", 14, null, "Our correspondent counted fourteen dead after the raid on Shaafa.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.FAIR);
        assertThat(a.independentSources()).isEqualTo(2);
        assertThat(a.reasons().get(0)).contains("SOHR").contains("Deir Ezzor 24");
    }

    @Test
    void outletsCitingTheSameOriginCountOnce() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("AFP", "coalition", 12, "SOHR", "AFP, citing the Observatory, said 12 died in al-Shafa.")
                .report("Reuters", "coalition", 12, "Syrian Observatory for Human Rights", "Reuters quoted the monitor on a toll of 12.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.WEAK);
        assertThat(a.independentSources()).isEqualTo(1);
        assertThat(a.sources()).extracting(SourceCredit::origin).containsOnly("SOHR");
        assertThat(a.reasons()).anyMatch(r -> r.contains("AFP cites SOHR"));
    }

    @Test
    void aNearCopyOfAnEarlierReportCountsOnce() {
        String text = "Warplanes of the US-led coalition struck the village of al-Shafa on Sunday morning, "
                + "killing twelve civilians from two families and wounding others, residents said.";
        Assessment a = new Sightings()
                .report("Furat Post", "coalition", 12, null, text)
                .report("Enab Baladi", "coalition", 12, null, text + " More details follow.")
                .assessedBy(assessor);

        assertThat(a.independentSources()).isEqualTo(1);
        assertThat(a.grade()).isEqualTo(Grade.WEAK);
        assertThat(a.reasons()).anyMatch(r -> r.contains("Enab Baladi repeats the text"));
    }

    @Test
    void aDenialByTheAccusedMakesItContested() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("Deir Ezzor 24", "coalition", 14, null, "Our correspondent counted fourteen dead after the raid on Shaafa.")
                .denial("CJTF-OIR", "coalition", "The coalition said it has no record of a strike near al-Shafa that day.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.CONTESTED);
        assertThat(a.conflicts()).extracting(Conflict::kind).contains(Conflict.Kind.DENIAL);
        assertThat(a.conflicts()).filteredOn(c -> c.kind() == Conflict.Kind.DENIAL).first()
                .extracting(Conflict::description).asString().contains("CJTF-OIR").contains("coalition");
    }

    @Test
    void competingBlameMakesItContested() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("SANA", "coalition", 20, null, "The aggression of the so-called coalition killed 20 in al-Shafa.")
                .report("ANHA", "syrian_gov", 10, null, "Regime artillery across the river shelled al-Shafa.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.CONTESTED);
        assertThat(a.conflicts()).filteredOn(c -> c.kind() == Conflict.Kind.BLAME).singleElement()
                .extracting(Conflict::description).asString().contains("coalition").contains("syrian_gov");
    }

    @Test
    void theAccusedOwningTheStrikeWithAnIndependentWitnessIsConfirmed() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("CJTF-OIR", "coalition", null, null, "Coalition forces conducted a strike near al-Shafa, destroying an ISIS position.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.CONFIRMED);
        assertThat(a.reasons().get(0)).contains("CJTF-OIR");
    }

    @Test
    void anOutletQuotingTheIraqiMilitaryOnItsOwnShellingCountsAsTheAccusedSpeaking() {
        Assessment a = new Sightings()
                .report("Kurdistan 24", "iraq_gov", null, "Iraqi military", "Iraqi guns fired on a crossing near Husaybah, an Iraqi officer said.")
                .report("Al Arabiya", "iraq_gov", null, null, "قصفت المدفعية العراقية معبرا قرب الحصيبة عند الحدود.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.CONFIRMED);
        assertThat(a.reasons().get(0)).contains("Iraqi military");
    }

    @Test
    void aPartysOwnClaimAloneIsWeak() {
        Assessment a = new Sightings()
                .report("Amaq", "isis", 40, null, "Soldiers of the caliphate killed 40 apostates in al-Shafa.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.WEAK);
        assertThat(a.reasons()).anyMatch(r -> r.contains("Amaq is aligned with isis"));
    }

    @Test
    void civilianDeathsClaimedByAGroupsOutletAreDiscountedWhenAnUnalignedMonitorCountsItsFightersDead() {
        Assessment a = new Sightings()
                .victims("Amaq", "coalition", "civilians", 15, 15, "Crusader jets killed 15 civilians in al-Shafa.")
                .victims("SOHR", "coalition", "isis", 15, null, "The strike on al-Shafa killed 15 ISIS fighters; "
                        + "no civilians were among the dead.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.DISCOUNTED);
        assertThat(a.reasons().get(0)).isEqualTo("Discounted: Amaq (aligned with isis) reports civilians killed, "
                + "but SOHR, aligned with no party, reports the dead as isis fighters");
    }

    @Test
    void civilianDeathsAreNotDiscountedWhileAnUnalignedSourceAlsoReportsThem() {
        Assessment a = new Sightings()
                .victims("Amaq", "coalition", "civilians", 15, 15, "Crusader jets killed 15 civilians in al-Shafa.")
                .victims("SOHR", "coalition", "isis", 15, null, "The strike on al-Shafa killed 15 ISIS fighters.")
                .victims("Deir Ezzor 24", "coalition", "civilians", 6, 6, "Six villagers died in the raid on Shaafa.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.FAIR);
    }

    @Test
    void aBelligerentsOutletWritingOfOurForcesInABattleSpeaksForItsSide() {
        Assessment a = new Sightings()
                .battle("SDF Media Center", "isis", null, "Our forces clashed with ISIS terrorists near al-Shafa today.")
                .battle("SOHR", "sdf", "isis", "The SDF and ISIS clashed around al-Shafa, the Observatory said.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.CONFIRMED);
        assertThat(a.reasons().get(0)).startsWith("Confirmed: the acting party's own source (SDF Media Center)");
    }

    @Test
    void twoOutletsOfOneSideAloneOnTheirOwnBattleAreWeak() {
        Assessment a = new Sightings()
                .battle("SDF Media Center", "isis", null, "Our forces clashed with ISIS terrorists near al-Shafa today.")
                .battle("ANHA", null, "isis", "Clashes between our fighters and the mercenaries in al-Shafa.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.WEAK);
        assertThat(a.reasons().get(0)).isEqualTo("Weak: only sources aligned with a party to the event report it");
    }

    @Test
    void inAOneSidedStrikeAnUnnamedAttackerIsNotTakenToBeTheOutletsOwnSide() {
        Assessment a = new Sightings()
                .report("SANA", null, 20, null, "A massacre in al-Shafa: twenty civilians killed in an air raid.")
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .assessedBy(assessor);

        assertThat(a.grade()).isEqualTo(Grade.FAIR);
    }

    @Test
    void addingAnIndependentCorroboratingSourceNeverLowersTheGrade() {
        Sightings sightings = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.");
        Grade before = sightings.assessedBy(assessor).grade();
        Grade after = sightings
                .report("Deir Ezzor 24", "coalition", 13, null, "Our correspondent counted thirteen dead after the raid on Shaafa.")
                .assessedBy(assessor).grade();

        assertThat(after.compareTo(before)).isLessThanOrEqualTo(0);
        assertThat(after).isEqualTo(Grade.FAIR);
    }

    @Test
    void estimatesSpanEveryIndependentTollAndNameTheDisagreement() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("Deir Ezzor 24", "coalition", 20, null, "Our correspondent counted twenty dead after the raid on Shaafa.")
                .report("Furat Post", "coalition", 15, null, "Fifteen people were buried in Sha'fah after the air raid.")
                .assessedBy(assessor);

        assertThat(a.fatalities()).isEqualTo(new Estimate(12, 15, 20));
        assertThat(a.conflicts()).filteredOn(c -> c.kind() == Conflict.Kind.FIGURES).singleElement()
                .extracting(Conflict::description).asString().contains("SOHR 12").contains("Deir Ezzor 24 20");
    }

    @Test
    void closeTollsAreNotAConflict() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .report("Deir Ezzor 24", "coalition", 13, null, "Our correspondent counted thirteen dead after the raid on Shaafa.")
                .assessedBy(assessor);

        assertThat(a.conflicts()).isEmpty();
    }

    @Test
    void sourcesGivingDifferentDaysAreAConflict() {
        Assessment a = new Sightings()
                .report("SOHR", "coalition", 12, null, "Coalition jets hit al-Shafa at dawn, killing twelve villagers.")
                .add("Deir Ezzor 24", "coalition", 12, null, org.marsad.extract.Stance.ASSERTED,
                        Sightings.DAY.plusDays(1), "The raid on Shaafa came on Monday, our correspondent said.")
                .assessedBy(assessor);

        assertThat(a.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.DATE);
    }
}

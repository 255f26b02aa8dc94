package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

class AttributionTests {
    private final Attribution attribution = new Attribution(Fixtures.LEXICON);

    private Optional<String> origin(String text) {
        Tokens tokens = Tokens.of(text);
        return attribution.find(tokens, 0, tokens.size()).map(Attribution.Cited::origin);
    }

    @Test
    void readsAccordingTo() {
        assertThat(origin("Airstrikes killed 12 people in al-Susah, according to SOHR.")).contains("SOHR");
        assertThat(origin("At least 9 civilians died, according to the Syrian Observatory for Human Rights."))
                .contains("SOHR");
    }

    @Test
    void takesTheInnermostOriginOfAChain() {
        assertThat(origin("AFP, citing the Observatory, said 20 fighters were killed in Hajin.")).contains("SOHR");
        assertThat(origin("نقلت فرانس برس عن المرصد السوري مقتل 20 عنصرا")).contains("SOHR");
    }

    @Test
    void readsArabicCitingWords() {
        assertThat(origin("مقتل 7 مدنيين بقصف على هجين بحسب المرصد")).contains("SOHR");
        assertThat(origin("سيطر الجيش على البلدة وفق ما أفادت سانا")).contains("SANA");
        assertThat(origin("وقال المرصد السوري إن الغارات استهدفت الشعفة")).contains("SOHR");
    }

    @Test
    void readsAnOriginThatSpeaksWithAnAttributionVerb() {
        assertThat(origin("Amaq claimed a suicide car bomb hit SDF fighters.")).contains("Amaq");
        assertThat(origin("أعلنت وكالة أعماق مقتل 10 عناصر من قسد")).contains("Amaq");
    }

    @Test
    void explainsWhichPhraseDecided() {
        Tokens tokens = Tokens.of("Twelve people were killed, according to SOHR.");

        assertThat(attribution.find(tokens, 0, tokens.size())).get()
                .satisfies(c -> assertThat(c.why()).contains("origins.tsv").contains("according"));
    }

    @Test
    void findsNoOriginInASentenceThatCitesNone() {
        assertThat(origin("Coalition jets struck Hajin on Tuesday.")).isEmpty();
        assertThat(origin("قصف مدفعي على بلدة الشعفة")).isEmpty();
    }

    @Test
    void needsACitingWordOrVerbForAnOriginNamedInPassing() {
        assertThat(origin("Reuters photographers were in the town")).isEmpty();
    }

    @Test
    void takesTheOriginNearestTheVerbWhenAPartyIsNamedJustBefore() {
        assertThat(origin("ISIS counter-attacked near Hajin on Friday, killing 17 SDF fighters, the Observatory said."))
                .contains("SOHR");
    }

    @Test
    void anAssertedClaimIsNotCitedToTheOneWhoDeniesIt() {
        java.util.List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(
                "Iran-backed militias shelled SDF posts near Dhiban on Friday, wounding 4 fighters. "
                        + "The militias' commanders denied firing any shells."));

        assertThat(claims).extracting(EventClaim::stance).containsExactly(Stance.ASSERTED, Stance.DENIED);
        assertThat(claims.get(0).attributedTo()).isNull();
    }

    @Test
    void readsAnUnnamedMonitorAsTheObservatory() {
        assertThat(origin("Shelling killed four farmers near al-Kishmah, a war monitor said.")).contains("SOHR");
        assertThat(origin("Nine fighters died in the ambush, the monitor reported.")).contains("SOHR");
    }

    @Test
    void readsAnIraqiOfficerSpeakingAsTheIraqiMilitary() {
        assertThat(origin("Iraqi jets hit a tunnel near Husaybah, an Iraqi officer at the border told reporters."))
                .contains("Iraqi military");
        assertThat(origin("قالت قيادة العمليات المشتركة إن الطيران العراقي دمر مخبأ للتنظيم")).contains("Iraqi military");
    }

    @Test
    void readsAnArabicAnnouncementInThePresentTense() {
        assertThat(origin("قسد تعلن أسر قيادي من التنظيم قرب الشعفة")).contains("SDF");
    }

    @Test
    void readsAChargeLaidOnVictimsAsNoSource() {
        assertThat(origin("Gunmen killed two men accused of spying for the coalition near Hajin, Deir Ezzor 24 reported."))
                .contains("Deir Ezzor 24");
    }

    @Test
    void readsTestimoniesOfThoseWhoLeftAsLocalSources() {
        assertThat(origin("قصفت طائرات التحالف مخيما في الباغوز بحسب شهادات ناجين")).contains("local sources");
    }

    @Test
    void readsTheOriginAfterACitingWordNotTheActorBeforeIt() {
        assertThat(origin("قتل خمسة من عناصر قسد، وفق ما أفاد به المرصد السوري")).contains("SOHR");
        assertThat(origin("Twelve SDF fighters died, according to what activists told reporters")).contains("local sources");
    }

    @Test
    void readsKurdishLedForcesSpeakingAsTheSdf() {
        assertThat(origin("Kurdish-led forces said they had repelled an attack near Hajin")).contains("SDF");
    }

    @Test
    void theOutletASpeakerToldIsTheAudience() {
        assertThat(origin("قال مسؤول في قوات سوريا الديمقراطية لوكالة رويترز إن نحو 400 مسلح سلموا أنفسهم")).contains("SDF");
        assertThat(origin("An SDF commander told Reuters the village had fallen")).contains("SDF");
    }

    @Test
    void anAnnouncementInAClauseOfTimeIsNotTheCitation() {
        assertThat(origin("Fighters traded fire in Hajin on Tuesday, a day after the Syrian Democratic Forces announced "
                + "the final phase")).isEmpty();
    }

    @Test
    void anOriginHeadingTheTextIsCited() {
        assertThat(origin("Amaq: Soldiers of the Caliphate killed 9 members of the PKK militia near Abu Hassan"))
                .contains("Amaq");
    }

    @Test
    void relativesCitedAreLocalSources() {
        assertThat(origin("Deir Ezzor 24 said, citing relatives of the owners, that the shop was burned"))
                .contains("local sources");
    }

    @Test
    void aCitingWordAfterATimeWordStillCites() {
        assertThat(origin("لقي أربعة عناصر حتفهم في البوكمال في ظروف لم تتضح بعد، بحسب المرصد السوري")).contains("SOHR");
    }

    @Test
    void anUrgentTagMayStandBeforeTheHeadingOrigin() {
        assertThat(origin("عاجل | المركز الإعلامي لقسد: تحرير مدينة هجين بالكامل من قبضة داعش")).contains("SDF");
    }
}

package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakersTests {
    private static EventClaim onlyClaim(String text) {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void aSpeakerTellingOfItsOwnArmsActedAndIsTheSource() {
        EventClaim claim = onlyClaim("The Iraqi military said on Thursday that its artillery had shelled ISIS hideouts in Baghuz.");

        assertThat(claim.actor1()).isEqualTo(new ActorId("iraq_gov"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
        assertThat(claim.attributedTo()).isEqualTo("Iraqi military");
    }

    @Test
    void anArabicSpeakerTellingOfItsAircraftByAPronounSuffixActed() {
        EventClaim claim = onlyClaim("أكد التحالف الدولي أن طائراته قصفت مقرات لداعش في الباغوز يوم الأحد");

        assertThat(claim.actor1()).isEqualTo(new ActorId("coalition"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
        assertThat(claim.attributedTo()).isEqualTo("CJTF-OIR");
    }

    @Test
    void aSpeakerTellingOfAnothersActIsOnlyTheSource() {
        EventClaim claim = onlyClaim("أكد التحالف الدولي أن قوات النظام قصفت مواقع لداعش في الميادين يوم الأحد");

        assertThat(claim.actor1()).isEqualTo(new ActorId("syrian_gov"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void anArabicCommandTellingOfItsArtilleryActed() {
        EventClaim claim = onlyClaim("أكدت قيادة العمليات المشتركة أن مدفعيتها قصفت تجمعات لداعش قرب الباغوز يوم السبت");

        assertThat(claim.actor1()).isEqualTo(new ActorId("iraq_gov"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
    }

    @Test
    void aSpeakerTellingOfItsOwnPositionsStruckIsTheTarget() {
        EventClaim english = onlyClaim("The SDF said ISIS fighters shelled its positions in al-Bahra on Monday.");
        EventClaim arabic = onlyClaim("قالت قسد إن عناصر داعش هاجموا مواقعها في قرية البحرة يوم الاثنين");

        assertThat(List.of(english, arabic)).allSatisfy(c -> {
            assertThat(c.actor1()).isEqualTo(new ActorId("isis"));
            assertThat(c.actor2()).isEqualTo(new ActorId("sdf"));
            assertThat(c.attributedTo()).isEqualTo("SDF");
        });
    }
}

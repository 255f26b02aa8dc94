package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChargesTests {
    private static EventClaim onlyClaim(String text) {
        List<EventClaim> claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void keepsTheActorOfAChargeOutOfAnExecution() {
        EventClaim claim = onlyClaim("IS militants beheaded two shepherds accused of spying for the coalition near al-Bahra.");

        assertThat(claim.actor1()).isEqualTo(new ActorId("isis"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("civilians"));
    }

    @Test
    void keepsTheActorOfAnArabicChargeOutOfAnExecution() {
        EventClaim claim = onlyClaim("أعدم التنظيم أربعة رجال في بلدة السوسة بتهمة العمالة للتحالف الدولي.");

        assertThat(claim.actor2()).isEqualTo(new ActorId("civilians"));
    }

    @Test
    void keepsTheGroupOfThoseArrestedOnSuspicionAsTheTarget() {
        EventClaim claim = onlyClaim("The SDF detained nine men suspected of links with ISIS in Darnaj on Friday.");

        assertThat(claim.subEventType()).isEqualTo(SubEventType.ARRESTS);
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
    }
}

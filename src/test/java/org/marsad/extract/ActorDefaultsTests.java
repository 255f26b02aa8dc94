package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorDefaultsTests {
    private static EventClaim only(String text) {
        var claims = Fixtures.EXTRACTOR.extract(Fixtures.report(text));
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void makesCiviliansTheTargetOfLootingThatNamesNoOwner() {
        EventClaim claim = only("Warehouses in al-Bukamal were looted by Iran-backed militias on Tuesday.");

        assertThat(claim.subEventType()).isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(claim.actor1()).isEqualTo(new ActorId("iran_backed_militias"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("civilians"));
    }

    @Test
    void wagesHaltedOperationsOnTheOpponentNotOnTheCiviliansTheyLetOut() {
        EventClaim claim = only("علقت قسد عملياتها العسكرية في الباغوز يوم الجمعة لإخراج المدنيين.");

        assertThat(claim.subEventType()).isEqualTo(SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(claim.actor1()).isEqualTo(new ActorId("sdf"));
        assertThat(claim.actor2()).isEqualTo(new ActorId("isis"));
    }
}

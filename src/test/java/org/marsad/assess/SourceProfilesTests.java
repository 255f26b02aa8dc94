package org.marsad.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceProfilesTests {
    private final SourceProfiles profiles = SourceProfiles.bundled();

    @Test
    void aliasesInEitherLanguageNameOneSource() {
        assertThat(profiles.canonical("Syrian Observatory for Human Rights")).isEqualTo("SOHR");
        assertThat(profiles.canonical("المرصد السوري لحقوق الإنسان")).isEqualTo("SOHR");
        assertThat(profiles.canonical("وكالة أعماق")).isEqualTo("Amaq");
    }

    @Test
    void belligerentOutletsCarryTheirSide() {
        assertThat(profiles.affiliation("Amaq")).isEqualTo("isis");
        assertThat(profiles.affiliation("SANA")).isEqualTo("syrian_gov");
        assertThat(profiles.affiliation("Hawar News Agency")).isEqualTo("sdf");
        assertThat(profiles.affiliation("CENTCOM")).isEqualTo("coalition");
        assertThat(profiles.affiliation("Iraqi military")).isEqualTo("iraq_gov");
        assertThat(profiles.affiliation("قيادة العمليات المشتركة")).isEqualTo("iraq_gov");
        assertThat(profiles.affiliation("Reuters")).isNull();
    }

    @Test
    void anUnknownSourceKeepsItsOwnName() {
        assertThat(profiles.canonical("Raqqa Is Being Slaughtered Silently")).isEqualTo("Raqqa Is Being Slaughtered Silently");
        assertThat(profiles.affiliation("Raqqa Is Being Slaughtered Silently")).isNull();
    }

    @Test
    void everyBadLineIsListedWithItsLineNumber() {
        List<String> lines = List.of("# header", "SOHR\t-\tmonitor", "Amaq\tisis\tmedia\tAmaq", "Other\t-\tmedia\tAmaq");

        assertThatThrownBy(() -> SourceProfiles.parse("sources.tsv", lines))
                .hasMessageContaining("sources.tsv:2: expected 4 tab-separated columns")
                .hasMessageContaining("sources.tsv:4: alias 'Amaq' already names Amaq");
    }
}

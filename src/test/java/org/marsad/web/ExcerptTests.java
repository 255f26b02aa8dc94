package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.marsad.extract.Span;
import org.junit.jupiter.api.Test;

class ExcerptTests {
    private static final String SHORT = "Clashes went on overnight. A coalition air strike killed 12 civilians in al-Shafa "
            + "on Sunday, SOHR said. The SDF advanced on Hajin.";

    private static String joined(Excerpt e) {
        return e.before() + e.evidence() + e.after();
    }

    @Test
    void aShortReportIsShownWholeWithTheEvidenceMarkedOut() {
        int start = SHORT.indexOf("A coalition");
        int end = SHORT.indexOf(" The SDF");

        Excerpt e = Excerpt.around(SHORT, new Span(start, end), "ignored when the span fits");

        assertThat(e.evidence()).isEqualTo("A coalition air strike killed 12 civilians in al-Shafa on Sunday, SOHR said.");
        assertThat(e.before()).isEqualTo("Clashes went on overnight. ");
        assertThat(joined(e)).isEqualTo(SHORT);
        assertThat(e.cutBefore()).isFalse();
        assertThat(e.cutAfter()).isFalse();
    }

    @Test
    void aLongReportIsCutAtWordsAroundTheEvidence() {
        String padding = "word ".repeat(200);
        String text = padding + "قتل 15 مدنياً في غارة جوية على بلدة الشعفة." + " " + padding;
        int start = padding.length();
        int end = start + "قتل 15 مدنياً في غارة جوية على بلدة الشعفة.".length();

        Excerpt e = Excerpt.around(text, new Span(start, end), "");

        assertThat(e.evidence()).isEqualTo("قتل 15 مدنياً في غارة جوية على بلدة الشعفة.");
        assertThat(e.cutBefore()).isTrue();
        assertThat(e.cutAfter()).isTrue();
        assertThat(e.before()).startsWith("word ").hasSizeLessThanOrEqualTo(Excerpt.CONTEXT);
        assertThat(e.after()).endsWith("word").hasSizeLessThanOrEqualTo(Excerpt.CONTEXT);
        assertThat(text).contains(joined(e));
    }

    @Test
    void aSpanOutsideTheTextFallsBackToTheEvidenceSentence() {
        Excerpt e = Excerpt.around(SHORT, new Span(500, 600), "The SDF advanced on Hajin.");

        assertThat(e.evidence()).isEqualTo("The SDF advanced on Hajin.");
        assertThat(e.after()).isEmpty();
        assertThat(joined(e)).isEqualTo(SHORT);
    }

    @Test
    void withoutSpanOrEvidenceTheStartOfTheTextIsShownUnmarked() {
        Excerpt e = Excerpt.around("x".repeat(1000), new Span(2000, 2001), "not there");

        assertThat(e.evidence()).isEmpty();
        assertThat(e.before()).hasSize(2 * Excerpt.CONTEXT);
        assertThat(e.cutAfter()).isTrue();
    }
}

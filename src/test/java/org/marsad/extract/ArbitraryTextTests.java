package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts: extraction never throws and every span lies inside the text, whatever the
 * input — broken UTF-8, lone surrogates, huge lines, mixed scripts, digits and lexicon words in
 * odd places. The seed is printed on failure; set -Dmarsad.seed=N to replay one.
 */
class ArbitraryTextTests {
    private static final List<String> PIECES = List.of("killed", "قتل", "مقتل", "غارة", "airstrike", "Hajin", "هجين",
            "بين", "between", "and", "و", "15", "١٢", "قتيلان", "dozens", "عشرات", "ألف", "وخمسمائة", "يوم", "اليوم",
            "الأحد", "Sunday", "كانون الأول", "December", "31", "2018", "according to", "بحسب", "المرصد", "SOHR",
            "نفى", "denied", "IS", "ISIS", "والتحالف", "بقوات", "at least", "civilians", "مدنيين", "including", "بينهم",
            ".", "،", "؟", "\n", "\n\n", " ", "  ", "-", "ـــ", "\u064B", "\u200F", "\uFEFF", "\uD800", "\uDC00",
            "\u0000", "𝟙𝟚", "ﷺ", "ﻻ", "Ⅻ", "e\u0301", "İ", "ß", "\t", "\r\n", "al-", "Deir ez-Zor", "دير الزور 24");

    @Test
    void extractionNeverThrowsAndKeepsSpansInsideTheText() {
        long seed = Long.getLong("marsad.seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        try {
            for (int i = 0; i < 400; i++) {
                check(text(random, 1 + random.nextInt(300)));
            }
            check(hugeLine(random));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("failed with -Dmarsad.seed=" + seed + ": " + e, e);
        }
    }

    private static void check(String text) {
        for (EventClaim claim : Fixtures.EXTRACTOR.extract(Fixtures.report(text))) {
            assertThat(claim.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(claim.evidence()).isEqualTo(text.substring(claim.span().start(), claim.span().end()));
            if (claim.place() != null) {
                assertThat(claim.place().span().end()).isLessThanOrEqualTo(text.length());
            }
            for (Reason r : claim.why()) {
                assertThat(r.rule()).isNotBlank();
            }
        }
    }

    private static String text(SplittableRandom random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            switch (random.nextInt(4)) {
                case 0 -> b.append(brokenUtf8(random));
                case 1 -> b.appendCodePoint(random.nextInt(0x30000));
                default -> b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextBoolean()) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** Random bytes decoded as UTF-8, as a mangled feed would arrive: replacement characters and all. */
    private static String brokenUtf8(SplittableRandom random) {
        byte[] bytes = new byte[1 + random.nextInt(12)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String hugeLine(SplittableRandom random) {
        StringBuilder b = new StringBuilder(300_000);
        while (b.length() < 250_000) {
            b.append(PIECES.get(random.nextInt(PIECES.size())).replace("\n", " ")).append(' ');
        }
        return b.toString();
    }
}

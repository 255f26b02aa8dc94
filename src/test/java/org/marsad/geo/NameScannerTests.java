package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

/**
 * The scanner reads a tokenized text's words off its tokens when that gives the words it would
 * read from the text itself. Seeded random texts, built from place names, their spellings and the
 * characters where the two readings could part (apostrophes, marks, tatweel, proclitics, digits),
 * hold the two readings to the same names. The seed is printed on failure; set -Dmarsad.seed=N to
 * replay one.
 */
class NameScannerTests {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final List<String> PIECES = List.of("Hajin", "hajin", "HAJIN", "al-Susah", "al-Sha'fah",
            "Sha’fah", "ash-Shafa", "Deir ez-Zor", "Deir Ezzor", "Abu Kamal", "al-Bukamal", "Baghuz", "Gharanij",
            "al", "el", "at", "an", "the", "village", "of", "near", "east", "SDF", "ISIS", "24", "2018", "12th",
            "هجين", "وهجين", "بهجين", "للشعفة", "الشَّعْفَة", "الشعفـــة", "السوسة", "الباغوز", "دير الزور",
            "ريف", "بلدة", "قرية", "في", "و", "ب", "مدنياً", "قتيلاً", "'", "’", "‘", "`", "''", "-", "–", "—",
            "،", "؛", "؟", ".", ",", ";", "!", "?", "(", ")", "«", "»", "“", "”", "\n", "\u00A0", "ـ", "\u064B",
            "x'y", "5'6", "a'", "'b", "ب'ب", "بـ'ب");
    private static final List<String> GAPS = List.of(" ", " ", " ", "", "-", "'", "’", ", ", "\n\n");

    private final NameScanner scanner = new NameScanner(GAZETTEER);

    @Test
    void readsTheSameNamesOffTheTokensAsFromTheText() {
        long seed = Long.getLong("marsad.seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        try {
            for (int i = 0; i < 3000; i++) {
                String text = text(random, 1 + random.nextInt(40));
                assertThat(scanner.scan(Tokens.of(text))).as(text).isEqualTo(scanner.scan(text));
            }
        } catch (AssertionError e) {
            throw new AssertionError("failed with -Dmarsad.seed=" + seed + ": " + e.getMessage(), e);
        }
    }

    @Test
    void readsThePlainWordsOfAReportOffItsTokens() {
        String text = "Coalition jets struck al-Sha'fah and وبالشعفة، east of Hajin — 12 killed.";

        WrittenWords words = WrittenWords.of(Tokens.of(text));

        assertThat(words.bounds).containsExactly(PlaceName.wordBounds(text));
        assertThat(words.folded).containsExactly("coalition", "jets", "struck", "al", null, "and", "وبالشعفه",
                "east", "of", "hajin", "12", "killed");
    }

    @Test
    void scansATextThatIsNotPlainAgain() {
        String text = "Strikes on Hajin killed ١٢ people";

        WrittenWords words = WrittenWords.of(Tokens.of(text));

        assertThat(words.bounds).containsExactly(PlaceName.wordBounds(text));
        assertThat(words.folded).containsOnlyNulls();
    }

    private static String text(SplittableRandom random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
            b.append(GAPS.get(random.nextInt(GAPS.size())));
        }
        return b.toString();
    }
}

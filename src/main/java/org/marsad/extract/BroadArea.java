package org.marsad.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A broad area a place mention may name instead of where an event happened: a countryside, a
 * desert, a province, the river ("ريف دير الزور الشرقي", "بادية الميادين", "west of the Euphrates").
 */
final class BroadArea {
    /** Words that make a mention an area, compared with and without the article. */
    private static final Set<String> WORDS = Set.of("ريف", "بادية", "محافظة", "جيب", "فرات",
            "countryside", "province", "governorate", "desert", "badia", "valley", "pocket", "euphrates");

    private BroadArea() {
    }

    static boolean isNamedBy(PlaceMention p) {
        for (String word : p.text().toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
            String bare = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
            if (WORDS.contains(word) || WORDS.contains(bare)) {
                return true;
            }
        }
        return false;
    }
}

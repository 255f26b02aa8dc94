package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Spots places with a primary spotter, adding the Arabic names a settlement word introduces
 * ("بلدة الجرذي", "قرية الدادات") where the primary found nothing: small villages a gazetteer lacks
 * are still where the event was; a neighbourhood ("حي") is not added, its town is the place. The added name is the one word after the settlement word, as a
 * second word there is far more often the next word of the sentence ("في بلدة الصبحة فجر اليوم").
 */
final class CueBackedPlaceSpotter implements PlaceSpotter {
    /** Words that follow a settlement word without naming it: times of day, bearings, relative words. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("يوم", "ليل", "ليلة", "عصر", "صباح",
            "مساء", "فجر", "ظهر", "ظهيرة", "منتصف", "صبيحة", "غداة", "أمس", "امس", "اليوم", "خلال", "بعد", "قبل", "منذ",
            "أثناء", "اثناء", "حيث", "التي", "الذي", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "شرق", "غرب", "شمال",
            "جنوب", "الواقعة", "المجاورة", "المحاذية", "نفسها", "ذاتها", "أخرى", "اخرى");

    private final PlaceSpotter primary;

    CueBackedPlaceSpotter(PlaceSpotter primary) {
        if (primary == null) {
            throw new IllegalArgumentException("primary spotter is required");
        }
        this.primary = primary;
    }

    @Override
    public List<PlaceMention> spot(String text) {
        List<PlaceMention> found = new ArrayList<>(primary.spot(text));
        for (PlaceMention cued : CuePlaceSpotter.arabic(text)) {
            PlaceMention word = neighbourhood(text, cued) ? null : firstArabicWord(cued);
            if (word != null && found.stream().noneMatch(p -> overlaps(p.span(), cued.span()))) {
                found.add(word);
            }
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private static PlaceMention firstArabicWord(PlaceMention p) {
        if (p.text().codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            return null;
        }
        int space = p.text().indexOf(' ');
        String word = space < 0 ? p.text() : p.text().substring(0, space);
        if (word.length() < 3 || NOT_NAMES.contains(word)) {
            return null; // a function word, as in "قرى في بادية الميادين", or a time or bearing ("بلدة يوم الإثنين")
        }
        return new PlaceMention(word, new Span(p.span().start(), p.span().start() + word.length()), p.context());
    }

    /** A neighbourhood ("حي القصور") is a part of the town named beside it, which is the place coded. */
    private static boolean neighbourhood(String text, PlaceMention p) {
        return text.substring(Math.max(0, p.span().start() - 3), p.span().start()).strip().endsWith("حي");
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    @Override
    public String toString() {
        return "CueBackedPlaceSpotter[" + primary + ", then Arabic settlement words]";
    }
}

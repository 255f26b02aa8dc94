package org.marsad.web;

import java.util.EnumMap;
import java.util.Map;
import org.marsad.assess.Grade;
import org.marsad.extract.EventType;

/**
 * The Arabic names the pages show beside the English ones for grades and ACLED event types, so that
 * every label of the interface reads in both languages.
 */
final class ArabicLabels {
    private static final Map<Grade, String> GRADES = new EnumMap<>(Map.of(
            Grade.CONFIRMED, "مؤكد",
            Grade.FAIR, "مرجّح",
            Grade.WEAK, "ضعيف",
            Grade.CONTESTED, "متنازع عليه",
            Grade.DISCOUNTED, "مستبعد"));
    private static final Map<EventType, String> EVENT_TYPES = new EnumMap<>(Map.of(
            EventType.BATTLES, "معارك",
            EventType.EXPLOSIONS_REMOTE_VIOLENCE, "انفجارات/عنف عن بعد",
            EventType.VIOLENCE_AGAINST_CIVILIANS, "عنف ضد المدنيين",
            EventType.PROTESTS, "احتجاجات",
            EventType.RIOTS, "أعمال شغب",
            EventType.STRATEGIC_DEVELOPMENTS, "تطورات استراتيجية"));

    static {
        if (GRADES.size() != Grade.values().length || EVENT_TYPES.size() != EventType.values().length) {
            throw new IllegalStateException("an Arabic label is missing for a grade or an event type");
        }
    }

    public String grade(Grade grade) {
        return grade == null ? "" : GRADES.get(grade);
    }

    public String eventType(EventType type) {
        return type == null ? "" : EVENT_TYPES.get(type);
    }

    @Override
    public String toString() {
        return "ArabicLabels[" + GRADES.size() + " grades, " + EVENT_TYPES.size() + " event types]";
    }
}

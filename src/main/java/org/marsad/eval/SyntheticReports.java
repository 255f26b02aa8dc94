package org.marsad.eval;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.marsad.report.Language;
import org.marsad.report.Origin;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/**
 * An endless, seeded stream of made-up reports in the manner of the Hajin battle, half English
 * and half Arabic, each a few paragraphs of event sentences mixed with background, for benchmarks.
 * The same seed gives the same reports.
 */
public final class SyntheticReports {
    private static final List<String> EN_PLACES = List.of("Hajin", "al-Susah", "al-Shafa", "al-Bahra", "Baghuz",
            "Abu Hamam", "al-Kishkiyeh", "Gharanij", "al-Mayadin", "Dhiban", "al-Busayrah", "Abu Hassan");
    private static final List<String> AR_PLACES = List.of("هجين", "السوسة", "الشعفة", "البحرة", "الباغوز",
            "أبو حمام", "الكشكية", "غرانيج", "الميادين", "ذيبان", "البصيرة", "أبو الحسن");
    private static final List<String> EN_EVENTS = List.of(
            "Coalition airstrikes hit %s on %s, killing %d civilians and %d militants, according to SOHR.",
            "Fierce clashes broke out between the SDF and ISIS fighters near %s early %s; at least %d fighters and %d jihadists were killed.",
            "A car bomb exploded at an SDF checkpoint in %s on %s, killing %d people and wounding %d, local sources said.",
            "ISIS militants abducted residents of %s on %s; %d were later released and %d are missing, activists said.",
            "Iraqi artillery shelled ISIS positions in %s on %s, the coalition said, and %d to %d militants died.");
    private static final List<String> AR_EVENTS = List.of(
            "قصفت طائرات التحالف الدولي بلدة %s يوم %s ما أسفر عن مقتل %d مدنيين و%d عناصر من التنظيم بحسب المرصد السوري.",
            "اندلعت اشتباكات عنيفة بين قسد وعناصر داعش في محيط %s فجر %s أسفرت عن مقتل %d مقاتلين وإصابة %d آخرين.",
            "انفجرت سيارة مفخخة في %s يوم %s ما أدى إلى مقتل %d أشخاص وإصابة %d آخرين وفق مصادر محلية.",
            "اعتقلت قوات سوريا الديمقراطية %3$d شخصاً في حملة مداهمة في %1$s يوم %2$s وأفرجت عن %4$d منهم.",
            "نفى المتحدث باسم قسد سيطرة التنظيم على %s يوم %s، وقال إن %d عنصراً من داعش قتلوا و%d أسروا.");
    private static final List<String> EN_DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> AR_DAYS = List.of("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
            "السبت", "الأحد");
    private static final String EN_BACKGROUND = "The battle for the last pocket held by the group along the Euphrates "
            + "has displaced tens of thousands of people, many of whom now live in crowded camps where aid "
            + "agencies struggle to provide water, food and medical care during the winter months.";
    private static final String AR_BACKGROUND = "وتشهد المنطقة منذ أشهر موجات نزوح كبيرة باتجاه المخيمات التي تعاني "
            + "من نقص حاد في المياه والغذاء والرعاية الطبية، في ظل ظروف جوية قاسية وانعدام الخدمات الأساسية.";
    private static final Instant START = Instant.parse("2018-09-10T08:00:00Z");

    private final SplittableRandom random;
    private long count;

    public SyntheticReports(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Report next() {
        boolean arabic = random.nextBoolean();
        StringBuilder text = new StringBuilder(4096);
        int paragraphs = 3 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            text.append(random.nextInt(3) == 0 ? (arabic ? AR_BACKGROUND : EN_BACKGROUND) : event(arabic));
        }
        count++;
        Instant published = START.plusSeconds(random.nextLong(200L * 24 * 3600));
        return new Report(new ReportId("synthetic-" + count), "0".repeat(64), "synthetic", null, published,
                arabic ? Language.AR : Language.EN, null, text.toString(), new Origin("synthetic", (int) Math.min(count, Integer.MAX_VALUE)));
    }

    private String event(boolean arabic) {
        List<String> events = arabic ? AR_EVENTS : EN_EVENTS;
        String place = (arabic ? AR_PLACES : EN_PLACES).get(random.nextInt(EN_PLACES.size()));
        String day = (arabic ? AR_DAYS : EN_DAYS).get(random.nextInt(7));
        int low = 1 + random.nextInt(30);
        String template = events.get(random.nextInt(events.size()));
        return fill(template, place, day, low, low + random.nextInt(20));
    }

    /**
     * The template with its placeholders filled as {@link String#format} would fill them ({@code %s}
     * and {@code %d} take the values in turn, {@code %2$s} the second), but without a Formatter: the
     * generator runs beside the extraction it feeds, and should cost it as little as it can, JIT
     * compilation included. Digits are always ASCII, whatever the default locale.
     */
    static String fill(String template, Object... values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int next = 0;
        int from = 0;
        for (int i = template.indexOf('%'); i >= 0; i = template.indexOf('%', from)) {
            out.append(template, from, i);
            int j = i + 1;
            while (Character.isDigit(template.charAt(j))) {
                j++;
            }
            boolean numbered = template.charAt(j) == '$';
            out.append(values[numbered ? Integer.parseInt(template.substring(i + 1, j)) - 1 : next++]);
            from = (numbered ? j + 1 : j) + 1;
        }
        return out.append(template, from, template.length()).toString();
    }
}

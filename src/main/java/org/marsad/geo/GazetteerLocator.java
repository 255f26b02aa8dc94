package org.marsad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.extract.EventClaim;
import org.marsad.extract.PlaceMention;
import org.marsad.report.Report;

/**
 * Resolves a claim's place against the gazetteer through ordered, named passes: exact
 * spelling, governorate named nearby, other places in the report, focus area, Syria or Iraq
 * over abroad, then feature class and population. When only the last pass could choose, the
 * choice is returned with geo precision 2 and every candidate, never as a confident guess; a
 * town named as the centre of its countryside ("ريف هجين") is given at geo precision 3.
 */
public final class GazetteerLocator implements Locator {
    private static final int NEAR_WINDOW = 120;
    private static final Pattern NEAR_CUE = Pattern.compile(
            "(?i)(near|outskirts of|around|vicinity of|قرب|محيط|أطراف|اطراف|بالقرب من|ضواحي)\\s*$");
    /** "ريف هجين", "بريف هجين", "the countryside of Hajin" before the town, or "Hajin countryside" after it. */
    private static final Pattern COUNTRYSIDE_BEFORE = Pattern.compile("(?i)((^|[\\s،,])[وفب]?ريف|countryside of)\\s*$");
    private static final Pattern COUNTRYSIDE_AFTER = Pattern.compile("(?i)^[\\s-]*countryside\\b");

    private final Gazetteer gazetteer;
    private final NameScanner scanner;
    private final FocusArea focus;
    private final List<DisambiguationPass> passes = List.of(new ExactSpellingPass(), new GovernoratePass(),
            new NearbyPlacesPass(), new FocusAreaPass(), new CoveredCountryPass(), new FeatureRankPass());

    public GazetteerLocator(Gazetteer gazetteer) {
        this(gazetteer, FocusArea.DEIR_EZ_ZOR);
    }

    public GazetteerLocator(Gazetteer gazetteer, FocusArea focus) {
        if (gazetteer == null || focus == null) {
            throw new IllegalArgumentException("locator needs a gazetteer and a focus area: " + gazetteer + ", " + focus);
        }
        this.gazetteer = gazetteer;
        this.scanner = new NameScanner(gazetteer);
        this.focus = focus;
    }

    @Override
    public LocatedClaim locate(EventClaim claim, Report report) {
        if (claim == null || report == null) {
            throw new IllegalArgumentException("locate needs a claim and a report: " + claim + ", " + report);
        }
        PlaceMention place = claim.place();
        return new LocatedClaim(claim, place == null ? null : resolve(place, report.text()));
    }

    /** Resolves one mention found in {@code text} (the whole report, used as context). */
    public Location resolve(PlaceMention mention, String text) {
        if (mention == null || text == null) {
            throw new IllegalArgumentException("resolve needs a mention and a text: " + mention);
        }
        List<String> why = new ArrayList<>();
        List<GazetteerEntry> candidates = candidates(mention.text(), why);
        if (candidates.isEmpty()) {
            return new Location(mention.text(), null, mention.text(), null, null, null, 3, null, null, null, 0,
                    List.of(), List.of("no gazetteer entry is named '" + mention.text() + "'"));
        }
        PlaceContext context = context(mention, text);
        if (candidates.size() == 1) {
            why.addAll(ContextAgreement.reasons(candidates.get(0), context));
        }
        List<GazetteerEntry> remaining = candidates;
        boolean confident = true;
        for (DisambiguationPass pass : passes) {
            if (remaining.size() == 1) {
                break;
            }
            Narrowing narrowing = pass.narrow(remaining, context);
            if (narrowing.decided()) {
                remaining = narrowing.kept();
                confident = narrowing.confident();
                why.add(pass.name() + ": " + narrowing.reason());
            }
        }
        return location(mention, text, remaining, candidates, confident, why);
    }

    /** Entries named by the mention, or failing that by the longest name inside it ("the village of al-Shafa"). */
    private List<GazetteerEntry> candidates(String mention, List<String> why) {
        List<GazetteerEntry> candidates = gazetteer.find(mention);
        String name = mention;
        if (candidates.isEmpty()) {
            NameMatch inside = scanner.scan(mention).stream()
                    .max(Comparator.comparingInt(m -> m.end() - m.start())).orElse(null);
            if (inside == null) {
                return List.of();
            }
            candidates = inside.entries();
            name = inside.text();
            why.add("exact name: the mention '" + mention + "' contains the name '" + name + "'");
        }
        why.add("exact name: " + candidates.size() + " candidate(s) for '" + name + "': " + ExactSpellingPass.ids(candidates));
        return candidates;
    }

    private Location location(PlaceMention mention, String text, List<GazetteerEntry> remaining,
                              List<GazetteerEntry> candidates, boolean confident, List<String> why) {
        GazetteerEntry chosen = remaining.get(0);
        int precision = chosen.geoPrecision();
        if (!confident && precision < 2) {
            precision = 2;
            why.add("not confident: geo precision lowered to 2, all candidates kept");
        }
        if (nearCue(mention, text) && precision < 2) {
            precision = 2;
            why.add("the report says near or around the place: geo precision 2");
        }
        if (countryside(mention, text) && precision < 3) {
            precision = 3;
            why.add("the report names the countryside of " + chosen.name() + ", not the town: geo precision 3");
        }
        List<String> others = new ArrayList<>(remaining.subList(1, remaining.size()).stream().map(GazetteerEntry::id).toList());
        candidates.stream().filter(e -> !remaining.contains(e)).sorted(FeatureRankPass.ORDER)
                .forEach(e -> others.add(e.id()));
        Country country = Country.of(chosen.countryCode());
        return new Location(mention.text(), chosen.id(), chosen.name(), chosen.nameAr(), chosen.lat(), chosen.lon(),
                precision, gazetteer.admin1(chosen), chosen.district(), country.displayName(), country.iso(), others, why);
    }

    private static boolean nearCue(PlaceMention mention, String text) {
        int start = mention.span().start();
        if (start > text.length()) {
            return false;
        }
        return NEAR_CUE.matcher(text.substring(Math.max(0, start - 25), start)).find();
    }

    private static boolean countryside(PlaceMention mention, String text) {
        int start = mention.span().start();
        int end = mention.span().end();
        if (end > text.length()) {
            return false;
        }
        return COUNTRYSIDE_BEFORE.matcher(text.substring(Math.max(0, start - 25), start)).find()
                || COUNTRYSIDE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 15))).find();
    }

    private PlaceContext context(PlaceMention mention, String text) {
        int start = Math.min(mention.span().start(), text.length());
        int end = Math.min(mention.span().end(), text.length());
        String around = text.substring(Math.max(0, start - NEAR_WINDOW), start) + " "
                + text.substring(end, Math.min(text.length(), end + NEAR_WINDOW));
        String key = PlaceName.key(mention.text());
        Map<String, String> near = governorates(mention.context() + " . " + around, key);
        Map<String, String> anywhere = governorates(text, key);
        List<GazetteerEntry> anchors = scanner.scan(text).stream()
                .filter(m -> m.entries().size() == 1 && !m.entries().get(0).isArea())
                .filter(m -> !PlaceName.key(m.text()).equals(key))
                .map(m -> m.entries().get(0)).distinct().toList();
        return new PlaceContext(mention.text(), near, anywhere, anchors, focus);
    }

    /** Admin1 keys named in a text by a governorate seat, an area or the capital (the mention itself aside), with the words. */
    private Map<String, String> governorates(String text, String mentionKey) {
        Map<String, String> named = new LinkedHashMap<>();
        for (NameMatch m : scanner.scan(text)) {
            if (PlaceName.key(m.text()).equals(mentionKey)) {
                continue;
            }
            m.entries().stream()
                    .filter(e -> e.isArea() || e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC"))
                    .filter(e -> !e.admin1Key().isEmpty())
                    .forEach(e -> named.putIfAbsent(e.admin1Key(), m.text()));
        }
        return named;
    }

    @Override
    public String toString() {
        return "GazetteerLocator[" + String.join(" → ", passes.stream().map(DisambiguationPass::name).toList())
                + "; focus " + focus.name() + "]";
    }
}

package org.marsad.geo;

import java.util.ArrayList;
import java.util.List;
import org.marsad.report.Language;

/**
 * Runs the geocoder over gold sentences and pairs each gold place with the location found
 * for the same mention: same text first, else the same key or one span inside the other
 * ("Baghuz" for "Baghuz Fawqani"), each found location used once.
 */
public final class PlaceEvaluation {
    private final List<PlaceOutcome> outcomes;
    private final List<SpuriousPlace> spurious;

    private PlaceEvaluation(List<PlaceOutcome> outcomes, List<SpuriousPlace> spurious) {
        this.outcomes = List.copyOf(outcomes);
        this.spurious = List.copyOf(spurious);
    }

    public static PlaceEvaluation run(Geocoder geocoder, List<GoldSentence> sentences) {
        List<PlaceOutcome> outcomes = new ArrayList<>();
        List<SpuriousPlace> spurious = new ArrayList<>();
        for (GoldSentence s : sentences) {
            List<Location> found = new ArrayList<>(geocoder.geocode(s.text()));
            for (GoldPlace gold : s.places()) {
                Location match = take(found, gold.mention());
                Double km = match == null || !match.resolved() ? null
                        : GazetteerEntry.greatCircleKm(gold.lat(), gold.lon(), match.lat(), match.lon());
                outcomes.add(new PlaceOutcome(s.id(), s.split(), s.lang(), gold, match, km));
            }
            found.forEach(l -> spurious.add(new SpuriousPlace(s.id(), s.split(), s.lang(), l)));
        }
        return new PlaceEvaluation(outcomes, spurious);
    }

    private static Location take(List<Location> found, String mention) {
        String key = PlaceName.key(mention);
        Location match = found.stream().filter(l -> l.mention().equals(mention)).findFirst()
                .or(() -> found.stream().filter(l -> PlaceName.key(l.mention()).equals(key)).findFirst())
                .or(() -> found.stream().filter(l -> l.mention().contains(mention) || mention.contains(l.mention())).findFirst())
                .orElse(null);
        found.remove(match);
        return match;
    }

    public List<PlaceOutcome> outcomes() {
        return outcomes;
    }

    /** The score of the outcomes of one split ("dev", "test", or null for all) and language (null for both). */
    public PlaceScore score(String split, Language lang) {
        String group = (split == null ? "all" : split) + "/" + (lang == null ? "all" : lang.code());
        return PlaceScore.of(group, outcomes.stream()
                .filter(o -> split == null || o.split().equals(split))
                .filter(o -> lang == null || o.lang() == lang).toList());
    }

    /** Places found that the gold does not name, in gold order; of one split, or of all when {@code split} is null. */
    public List<SpuriousPlace> spurious(String split) {
        return spurious.stream().filter(p -> split == null || p.split().equals(split)).toList();
    }

    /** Outcomes more than 10 km off or not found, in gold order. */
    public List<PlaceOutcome> misses(String split) {
        return outcomes.stream().filter(o -> split == null || o.split().equals(split)).filter(o -> !o.within(10)).toList();
    }
}

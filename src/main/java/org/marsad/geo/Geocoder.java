package org.marsad.geo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.marsad.extract.PlaceMention;

/** Finds and resolves every place a free text names, for {@code marsad geocode TEXT}. */
public final class Geocoder {
    private final GazetteerSpotter spotter;
    private final GazetteerLocator locator;

    public Geocoder(Gazetteer gazetteer) {
        this(gazetteer, FocusArea.DEIR_EZ_ZOR);
    }

    public Geocoder(Gazetteer gazetteer, FocusArea focus) {
        this.spotter = new GazetteerSpotter(gazetteer, focus);
        this.locator = new GazetteerLocator(gazetteer, focus);
    }

    /** One location per place the text names, in text order; empty when it names none. */
    public List<Location> geocode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text to geocode must not be null");
        }
        return spotter.spot(text).stream().map(m -> locator.resolve(m, text)).toList();
    }

    /** The places found, as plain text: per place the choice, its precision, the candidates and the reasons. */
    public String explain(String text) {
        List<PlaceMention> mentions = spotter.spot(text);
        if (mentions.isEmpty()) {
            return "no place found\n";
        }
        StringBuilder out = new StringBuilder();
        for (PlaceMention mention : mentions) {
            render(out, mention, locator.resolve(mention, text));
        }
        return out.toString();
    }

    private static void render(StringBuilder out, PlaceMention mention, Location l) {
        out.append('"').append(mention.text()).append("\" [").append(mention.span().start()).append(", ")
                .append(mention.span().end()).append(')');
        if (!mention.context().isEmpty()) {
            out.append(" context \"").append(mention.context()).append('"');
        }
        out.append('\n');
        if (l.resolved()) {
            String where = String.join(", ", Stream.of(l.admin2(), l.admin1(), l.country()).filter(Objects::nonNull).toList());
            out.append(String.format(Locale.ROOT, "  → %s %s%s (%.4f, %.4f) precision %d; %s (iso %d)%n",
                    l.gazetteerId(), l.name(), l.nameAr() == null ? "" : " / " + l.nameAr(), l.lat(), l.lon(),
                    l.geoPrecision(), where, l.iso()));
        } else {
            out.append("  → unresolved\n");
        }
        if (!l.candidates().isEmpty()) {
            out.append("  other candidates: ").append(String.join(", ", l.candidates())).append('\n');
        }
        l.why().forEach(reason -> out.append("  because ").append(reason).append('\n'));
    }
}

package org.marsad.geo;

import java.util.List;

/** Keeps the candidates inside the newsroom's focus area when some are inside and some are not. */
final class FocusAreaPass implements DisambiguationPass {
    @Override
    public String name() {
        return "focus area";
    }

    @Override
    public Narrowing narrow(List<GazetteerEntry> candidates, PlaceContext context) {
        List<GazetteerEntry> inside = candidates.stream().filter(context.focus()::contains).toList();
        if (inside.isEmpty() || inside.size() == candidates.size()) {
            return Narrowing.unchanged(candidates);
        }
        return new Narrowing(inside, ExactSpellingPass.ids(inside) + " within the focus area '" + context.focus().name() + "'", true);
    }
}

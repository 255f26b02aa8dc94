package org.marsad.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.GazetteerEntry;
import org.marsad.text.NormalizedText;

/**
 * Whether two place names, as written, name the same place: equal once folded (Arabic letter
 * variants, case, a leading article or proclitic), or names of a common gazetteer entry
 * ("al-Susah" and "السوسة", "Baghouz" and "al-Baghuz").
 */
public final class PlaceNames {
    private final Gazetteer gazetteer;

    public PlaceNames(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("gazetteer must not be null");
        }
        this.gazetteer = gazetteer;
    }

    public boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (key(a).equals(key(b))) {
            return true;
        }
        Set<String> common = ids(a);
        common.retainAll(ids(b));
        return !common.isEmpty();
    }

    private Set<String> ids(String name) {
        Set<String> ids = new HashSet<>();
        for (String form : List.of(name, key(name))) {
            gazetteer.find(form).stream().map(GazetteerEntry::id).forEach(ids::add);
        }
        return ids;
    }

    private static String key(String name) {
        String k = NormalizedText.fold(name).strip();
        for (String article : List.of("al-", "el-", "the ", "ال")) {
            if (k.startsWith(article) && k.length() > article.length() + 2) {
                return k.substring(article.length());
            }
        }
        return k;
    }
}

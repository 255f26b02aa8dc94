package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled list of place names that are also ordinary words, by key: those that need a place
 * cue before them, and those (marked {@code !}) that are never a place in running text, with or
 * without an Arabic proclitic ("للمدينة" is "to the city", not Medina).
 */
final class CommonWords {
    private static final String RESOURCE = "/gazetteer/common-words.txt";

    private final Set<String> needCue;
    private final Set<String> never;

    private CommonWords(Set<String> needCue, Set<String> never) {
        this.needCue = Set.copyOf(needCue);
        this.never = Set.copyOf(never);
    }

    static CommonWords bundled() {
        Set<String> needCue = new HashSet<>();
        Set<String> never = new HashSet<>();
        try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (word.startsWith("!")) {
                    never.add(PlaceName.key(word.substring(1)));
                } else if (!word.isEmpty() && !word.startsWith("#")) {
                    needCue.add(PlaceName.key(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CommonWords(needCue, never);
    }

    /** True when the name is an ordinary word that counts as a place only after a place cue. */
    boolean needsCue(String name) {
        return needCue.contains(PlaceName.key(name));
    }

    /** True when the name, as written or once its proclitics are taken off, is never a place in running text. */
    boolean neverAPlace(String name) {
        if (never.contains(PlaceName.key(name))) {
            return true;
        }
        List<String> words = PlaceName.words(name);
        return words.size() == 1 && PlaceName.withoutProclitics(words.get(0)).stream()
                .anyMatch(form -> never.contains(PlaceName.key(form)));
    }

    @Override
    public String toString() {
        return "CommonWords[" + needCue.size() + " need a cue, " + never.size() + " never a place]";
    }
}

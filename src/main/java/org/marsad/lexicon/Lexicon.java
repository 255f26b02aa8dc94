package org.marsad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The editable word lists that drive extraction, loaded from tab-separated files and checked
 * as a whole: a broken lexicon fails with every problem listed as "file:line: reason".
 *
 * <p>Files: actors.tsv (id, inter, ACLED name, aliases, optional opponent), events.tsv (sub-event type, cues),
 * numbers.tsv (word, value, kind), cues.tsv (kind, cues), origins.tsv (origin, aliases),
 * calendar.tsv (kind, value, words). Aliases and cues are separated by "|".
 */
public final class Lexicon {
    public static final List<String> FILES = List.of("actors.tsv", "events.tsv", "numbers.tsv", "cues.tsv",
            "origins.tsv", "calendar.tsv");

    /** The ACLED sub-event types events.tsv may name, exactly as ACLED writes them. */
    public static final List<String> SUB_EVENT_TYPES = List.of("Armed clash", "Government regains territory",
            "Non-state actor overtakes territory", "Chemical weapon", "Air/drone strike", "Suicide bomb",
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Sexual violence",
            "Attack", "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
            "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
            "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
            "Looting/property destruction", "Non-violent transfer of territory", "Other");

    private final Map<String, List<Entry>> entries;
    private final Map<String, Actor> actors;
    private final Map<String, Phrases> phrases = new HashMap<>();

    /**
     * An actor's ACLED facts, and the id of the party it mainly fights where the lexicon's reports
     * are set ("" when none is given): the other side of a capture or offensive a report leaves unnamed.
     */
    public record Actor(String id, int inter, String acledName, String opponent) {
    }

    private Lexicon(Map<String, List<Entry>> entries, Map<String, Actor> actors) {
        this.entries = entries;
        this.actors = actors;
        FirstWords firstWords = new FirstWords();
        entries.forEach((file, list) -> phrases.put(file, new Phrases(file, list, firstWords)));
    }

    /** The lexicon shipped in the jar. */
    public static Lexicon bundled() {
        return load(file -> {
            InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + file);
            if (in == null) {
                throw new LexiconException(List.of(file + ": missing from the jar"));
            }
            return in;
        });
    }

    /** A lexicon an analyst edits: the same six files in {@code dir}. */
    public static Lexicon load(Path dir) {
        return load(file -> {
            try {
                return Files.newInputStream(dir.resolve(file));
            } catch (IOException e) {
                throw new LexiconException(List.of(dir.resolve(file) + ": cannot be read (" + e.getMessage() + ")"));
            }
        });
    }

    private static Lexicon load(Function<String, InputStream> open) {
        LexiconReader reader = new LexiconReader();
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = open.apply(file)) {
                entries.put(file, reader.read(file, lines(in)));
            } catch (LexiconException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        problems.addAll(reader.problems());
        if (!problems.isEmpty()) {
            throw new LexiconException(problems);
        }
        return new Lexicon(entries, reader.actors());
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** The matcher for one file's phrases, e.g. {@code phrases("actors.tsv")}. */
    public Phrases phrases(String file) {
        Phrases p = phrases.get(file);
        if (p == null) {
            throw new IllegalArgumentException("no lexicon file " + file + "; files are " + FILES);
        }
        return p;
    }

    public List<Entry> entries(String file) {
        return entries.getOrDefault(file, List.of());
    }

    public Actor actor(String id) {
        Actor a = actors.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown actor id: " + id);
        }
        return a;
    }

    public Map<String, Actor> actors() {
        return actors;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Lexicon[");
        entries.forEach((f, l) -> b.append(f).append('=').append(l.size()).append(' '));
        return b.toString().trim() + "]";
    }
}

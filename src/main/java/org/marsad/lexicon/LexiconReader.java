package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses lexicon files line by line, collecting every problem instead of stopping at the first. */
final class LexiconReader {
    private static final Set<String> CUE_KINDS = Set.of("killed", "injured", "civilian", "combatant", "at_least",
            "more_than", "about", "up_to", "subset", "denial", "opinion", "history", "attribution", "aircraft", "bombing", "attack",
            "allegation", "displacement", "sortie", "massacre", "crowd", "civilian_one", "person",
            "separately", "charge", "destroyed", "property", "surrendered", "themselves",
            "calm", "expelled");
    private static final Set<String> NUMBER_KINDS = Set.of("unit", "teen", "scale", "vague", "dual");
    private static final Set<String> CALENDAR_KINDS = Set.of("weekday", "month", "relative", "ordinal");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Lexicon.Actor> actors = new LinkedHashMap<>();
    /** Where each actor was read, to name the line of an unknown opponent. */
    private final Map<String, String> opponents = new HashMap<>();

    List<Entry> read(String file, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] cols = lines.get(i).split("\t", -1);
            List<Entry> parsed = parse(file, i + 1, cols, where);
            for (Entry e : parsed) {
                String key = String.join(" ", e.tokens()) + (e.caseSensitive() ? "#" + e.phrase() : "");
                String earlier = seen.putIfAbsent(key + "@" + scope(file, e), where);
                if (where.equals(earlier)) {
                    continue; // spelling variants on one line that fold alike ("الإثنين|الاثنين") are one entry
                }
                if (earlier != null) {
                    problems.add(where + ": duplicate phrase '" + e.phrase() + "' (first at " + earlier + ")");
                } else {
                    entries.add(e);
                }
            }
        }
        return entries;
    }

    /** Phrases must be unique per file, except cues, which must be unique per kind. */
    private static String scope(String file, Entry e) {
        return file.equals("cues.tsv") ? e.key() : "";
    }

    private List<Entry> parse(String file, int line, String[] cols, String where) {
        switch (file) {
            case "actors.tsv" -> {
                if (cols.length == 5 ? !opponent(cols[4], where) : !columns(cols, 4, where, "id, inter, ACLED name, aliases")) {
                    return List.of();
                }
                if (!cols[0].matches("[a-z][a-z0-9_]*")) {
                    problems.add(where + ": actor id must be lower_snake_case: '" + cols[0] + "'");
                    return List.of();
                }
                Integer inter = number(cols[1], where, "inter code");
                if (inter == null || inter < 0 || inter > 8) {
                    problems.add(where + ": inter code must be 0-8: '" + cols[1] + "'");
                    return List.of();
                }
                String opponent = cols.length == 5 ? cols[4].strip() : "";
                actors.put(cols[0], new Lexicon.Actor(cols[0], inter, cols[2].strip(), opponent));
                opponents.put(cols[0], where);
                return phrases(file, line, cols[0], cols[1], cols[3], where);
            }
            case "events.tsv" -> {
                if (!columns(cols, 2, where, "sub-event type, cues")) {
                    return List.of();
                }
                if (!Lexicon.SUB_EVENT_TYPES.contains(cols[0].strip())) {
                    problems.add(where + ": unknown ACLED sub-event type '" + cols[0].strip() + "'");
                    return List.of();
                }
                return phrases(file, line, cols[0].strip(), "", cols[1], where);
            }
            case "numbers.tsv" -> {
                if (!columns(cols, 3, where, "word, value, kind") || number(cols[1], where, "value") == null) {
                    return List.of();
                }
                if (!NUMBER_KINDS.contains(cols[2].strip())) {
                    problems.add(where + ": unknown number kind '" + cols[2].strip() + "', expected one of " + NUMBER_KINDS);
                    return List.of();
                }
                return phrases(file, line, cols[1].strip(), cols[2].strip(), cols[0], where);
            }
            case "cues.tsv" -> {
                if (!columns(cols, 2, where, "kind, cues")) {
                    return List.of();
                }
                if (!CUE_KINDS.contains(cols[0].strip())) {
                    problems.add(where + ": unknown cue kind '" + cols[0].strip() + "'");
                    return List.of();
                }
                return phrases(file, line, cols[0].strip(), "", cols[1], where);
            }
            case "origins.tsv" -> {
                return columns(cols, 2, where, "origin, aliases")
                        ? phrases(file, line, cols[0].strip(), "", cols[1], where) : List.of();
            }
            case "calendar.tsv" -> {
                if (!columns(cols, 3, where, "kind, value, words") || number(cols[1], where, "value") == null) {
                    return List.of();
                }
                if (!CALENDAR_KINDS.contains(cols[0].strip())) {
                    problems.add(where + ": unknown calendar kind '" + cols[0].strip() + "'");
                    return List.of();
                }
                return phrases(file, line, cols[0].strip(), cols[1].strip(), cols[2], where);
            }
            default -> throw new IllegalArgumentException("not a lexicon file: " + file);
        }
    }

    /** The optional fifth column of actors.tsv: an actor id, checked once every actor is read. */
    private boolean opponent(String id, String where) {
        if (!id.strip().isEmpty() && !id.strip().matches("[a-z][a-z0-9_]*")) {
            problems.add(where + ": opponent must be an actor id: '" + id.strip() + "'");
            return false;
        }
        return true;
    }

    private boolean columns(String[] cols, int n, String where, String names) {
        if (cols.length != n) {
            problems.add(where + ": expected " + n + " tab-separated columns (" + names + "), found " + cols.length);
            return false;
        }
        return true;
    }

    private Integer number(String s, String where, String what) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            problems.add(where + ": " + what + " must be a whole number: '" + s + "'");
            return null;
        }
    }

    private List<Entry> phrases(String file, int line, String key, String value, String list, String where) {
        List<Entry> out = new ArrayList<>();
        for (String phrase : list.split("\\|")) {
            String p = phrase.strip();
            List<String> tokens = Tokens.words(p);
            if (tokens.isEmpty()) {
                problems.add(where + ": empty phrase in '" + list.strip() + "'");
                continue;
            }
            out.add(new Entry(file, line, key, value, p, tokens, abbreviation(p)));
        }
        return out;
    }

    /** Short all-capital words ("IS", "SDF") must match as written, or "is" would be the Islamic State. */
    private static boolean abbreviation(String phrase) {
        for (String w : phrase.split("[\\s-]+")) {
            if (w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        actors.values().stream().filter(a -> !a.opponent().isEmpty() && !actors.containsKey(a.opponent()))
                .forEach(a -> all.add(opponents.get(a.id()) + ": unknown opponent '" + a.opponent() + "'"));
        return all;
    }

    Map<String, Lexicon.Actor> actors() {
        return actors;
    }
}

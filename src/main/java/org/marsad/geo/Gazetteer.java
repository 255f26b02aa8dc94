package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;

/**
 * Places by name: GeoNames-format files and curated overlays held in memory, looked up by
 * {@link PlaceName#key} so that transliteration variants meet. A malformed row becomes a
 * {@link Rejection} and the rest loads; a later row with an id already loaded amends it.
 */
public final class Gazetteer {
    static final List<String> BUNDLED = List.of("gazetteer/geonames-sy-iq.tsv", "gazetteer/overlay-deir-ez-zor.tsv");

    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byKey;
    private final List<Rejection> rejections;
    private final Governorates governorates = Governorates.bundled();
    private final int maxWords;
    /** The beginnings of every key, so that a spotter can stop widening a window no name begins like. */
    private final KeyPrefixes prefixes;

    private Gazetteer(Map<String, GazetteerEntry> byId, List<Rejection> rejections) {
        this.byId = Map.copyOf(byId);
        this.rejections = List.copyOf(rejections);
        Map<String, List<GazetteerEntry>> index = new HashMap<>();
        int words = 1;
        for (GazetteerEntry entry : byId.values()) {
            for (String name : entry.names()) {
                String key = PlaceName.indexKey(name);
                if (key.length() >= 2) {
                    List<GazetteerEntry> list = index.computeIfAbsent(key, k -> new ArrayList<>(2));
                    if (!list.contains(entry)) {
                        list.add(entry);
                    }
                    words = Math.max(words, Math.min(8, PlaceName.words(name).size()));
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = index;
        this.maxWords = words;
        this.prefixes = new KeyPrefixes(index.keySet());
    }

    /** The gazetteer shipped in the jar: GeoNames rows for Syria, Iraq and their borders plus the Deir ez-Zor overlay. */
    public static Gazetteer bundled() {
        Loader loader = new Loader();
        loader.readBundled();
        return loader.gazetteer();
    }

    /** A gazetteer of the given GeoNames-format files, read in order; unreadable rows become rejections. */
    public static Gazetteer load(List<Path> files) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("gazetteer files must not be empty: " + files);
        }
        Loader loader = new Loader();
        loader.readFiles(files);
        return loader.gazetteer();
    }

    /** The bundled gazetteer with a user's files read after it: their rows add places or amend bundled ones by id. */
    public static Gazetteer bundledWith(List<Path> files) {
        if (files == null) {
            throw new IllegalArgumentException("gazetteer files must not be null");
        }
        Loader loader = new Loader();
        loader.readBundled();
        loader.readFiles(files);
        return loader.gazetteer();
    }

    /** Every entry whose name, in any spelling variant, has the same key as {@code name}; empty when none. */
    public List<GazetteerEntry> find(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        List<GazetteerEntry> direct = byKey.getOrDefault(PlaceName.key(name), List.of());
        if (!direct.isEmpty() || PlaceName.words(name).isEmpty()) {
            return direct;
        }
        return withoutProclitics(name);
    }

    private List<GazetteerEntry> withoutProclitics(String name) {
        List<String> words = PlaceName.words(name);
        String rest = String.join("", words.subList(1, words.size()).stream().map(PlaceName::wordKey).toList());
        for (String form : PlaceName.withoutProclitics(words.get(0))) {
            List<GazetteerEntry> found = byKey.getOrDefault(PlaceName.wordKey(form) + rest, List.of());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Entries under an exact key, as {@link PlaceName#key} makes it. */
    List<GazetteerEntry> byKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The beginnings of every key, hashed as {@link KeyPrefixes#extend} hashes them. */
    KeyPrefixes prefixes() {
        return prefixes;
    }

    /** Every entry, in no particular order. */
    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    public Optional<GazetteerEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** The rows that could not be read, with file:line and reason. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The most words any name has: the longest window a spotter needs to try. */
    int maxWords() {
        return maxWords;
    }

    /** The English governorate name of an entry; null when unknown. */
    public String admin1(GazetteerEntry entry) {
        return governorates.english(entry.admin1Key());
    }

    /** The Arabic governorate name of an entry; null when unknown. */
    public String admin1Ar(GazetteerEntry entry) {
        return governorates.arabic(entry.admin1Key());
    }

    @Override
    public String toString() {
        return "Gazetteer[" + byId.size() + " places, " + byKey.size() + " name keys, " + rejections.size() + " rejected rows]";
    }

    /** Reads files row by row into entries and rejections. */
    private static final class Loader {
        private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        private final List<Rejection> rejections = new ArrayList<>();

        void readBundled() {
            for (String resource : BUNDLED) {
                InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
                if (in == null) {
                    throw new IllegalStateException("missing bundled gazetteer resource " + resource);
                }
                read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            }
        }

        void readFiles(List<Path> files) {
            for (Path file : files) {
                try {
                    read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
                } catch (IOException | UncheckedIOException e) {
                    rejections.add(new Rejection(Stage.GAZETTEER, file.toString(), "cannot read file: " + e.getMessage(), ""));
                }
            }
        }

        void read(Reader source, String file) {
            try (BufferedReader reader = new BufferedReader(source)) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (!line.isBlank() && !line.startsWith("#")) {
                        add(line, file + ":" + number);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + file, e);
            }
        }

        private void add(String line, String where) {
            try {
                GazetteerEntry entry = GazetteerRow.parse(line, where);
                GazetteerEntry earlier = byId.get(entry.id());
                byId.put(entry.id(), earlier == null ? entry : amend(earlier, entry));
            } catch (IllegalArgumentException e) {
                rejections.add(new Rejection(Stage.GAZETTEER, where, e.getMessage(), line));
            }
        }

        /** The later row wins field by field; names of both are kept, the later ones first. */
        private static GazetteerEntry amend(GazetteerEntry earlier, GazetteerEntry later) {
            LinkedHashSet<String> names = new LinkedHashSet<>(later.names());
            names.addAll(earlier.names());
            List<String> all = new ArrayList<>(names);
            String district = later.district() != null ? later.district() : earlier.district();
            return new GazetteerEntry(earlier.id(), later.name(), GazetteerRow.firstArabic(all), all, later.lat(),
                    later.lon(), later.featureClass(), later.featureCode(), later.countryCode(), later.admin1Code(),
                    district, Math.max(earlier.population(), later.population()),
                    earlier.source() + "; amended by " + later.source());
        }

        Gazetteer gazetteer() {
            return new Gazetteer(byId, rejections);
        }
    }
}

package org.marsad.assess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.text.NormalizedText;

/** Who publishes for which side: canonical source names, their aliases and affiliations, from sources.tsv. */
public final class SourceProfiles {
    private final Map<String, Profile> byAlias;

    /** A source's profile; {@code affiliation} is an actor id or null. */
    public record Profile(String name, String affiliation, String kind) {
    }

    private SourceProfiles(Map<String, Profile> byAlias) {
        this.byAlias = byAlias;
    }

    public static SourceProfiles bundled() {
        try (InputStream in = SourceProfiles.class.getResourceAsStream("/sources/sources.tsv")) {
            if (in == null) {
                throw new IllegalStateException("sources/sources.tsv is missing from the jar");
            }
            return parse("sources.tsv", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lines of a profiles file; every bad line is listed in one exception. */
    public static SourceProfiles parse(String file, List<String> lines) {
        Map<String, Profile> byAlias = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                problems.add(file + ":" + (i + 1) + ": expected 4 tab-separated columns (name, affiliation, kind, aliases), found " + cols.length);
                continue;
            }
            String affiliation = cols[1].strip().equals("-") ? null : cols[1].strip();
            Profile p = new Profile(cols[0].strip(), affiliation, cols[2].strip());
            for (String alias : (cols[0] + "|" + cols[3]).split("\\|")) {
                Profile earlier = byAlias.put(key(alias), p);
                if (earlier != null && !earlier.name().equals(p.name())) {
                    problems.add(file + ":" + (i + 1) + ": alias '" + alias.strip() + "' already names " + earlier.name());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the source profiles have problems:\n  " + String.join("\n  ", problems));
        }
        return new SourceProfiles(byAlias);
    }

    private static String key(String name) {
        return NormalizedText.fold(name.strip()).replaceAll("[\\s\\-_.]+", " ");
    }

    public Optional<Profile> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byAlias.get(key(name)));
    }

    /** The canonical name for a source or origin as written; the name itself when unknown. */
    public String canonical(String name) {
        return find(name).map(Profile::name).orElse(name);
    }

    public String affiliation(String name) {
        return find(name).map(Profile::affiliation).orElse(null);
    }

    @Override
    public String toString() {
        return "SourceProfiles[" + byAlias.size() + " aliases]";
    }
}

package org.marsad.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;

/**
 * Copies the well-formed rows of a GeoNames-format file (cities500, a country file,
 * allCountries, or an overlay with its source column) into
 * {@code <data>/gazetteer/imported-<name>.tsv}, reading it line by line so that a file of
 * any size fits; a malformed row becomes a {@link Rejection} naming file:line and the rest
 * is imported. Importing the same file again replaces its copy, so the entries stay the
 * same, and rows sharing an id with another file amend that entry rather than duplicate it.
 */
public final class GazetteerImporter {
    static final String PREFIX = "imported-";
    private final Path directory;

    /** An importer writing under {@code dataDir/gazetteer}. */
    public GazetteerImporter(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException("data directory must not be null");
        }
        this.directory = dataDir.resolve("gazetteer");
    }

    /** The imported gazetteer files under {@code dataDir}, in name order; empty when nothing was imported. */
    public static List<Path> importedFiles(Path dataDir) {
        Path dir = dataDir.resolve("gazetteer");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX))
                    .filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Imports {@code source}, keeping only rows of {@code countries} (ISO alpha-2) unless it is
     * empty; each malformed row goes to {@code rejected}. The copy replaces an earlier import of
     * a file of the same name only once the whole file has been read.
     */
    public ImportSummary importFile(Path source, Set<String> countries, Consumer<Rejection> rejected) {
        if (source == null || countries == null || rejected == null) {
            throw new IllegalArgumentException("import needs a source, a country set and a rejection consumer");
        }
        Path target = directory.resolve(PREFIX + slug(source) + ".tsv");
        Path partial = directory.resolve(target.getFileName() + ".partial");
        try {
            Files.createDirectories(directory);
            long[] counts;
            try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                 BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                counts = copy(in, out, source.toString(), countries, rejected);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ImportSummary(source, target, counts[0], counts[1], counts[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import " + source + ": " + e.getMessage(), e);
        }
    }

    /** Copies the good rows; returns {imported, rejected, skipped for their country}. */
    private static long[] copy(BufferedReader in, BufferedWriter out, String file, Set<String> countries,
                               Consumer<Rejection> rejected) throws IOException {
        long[] counts = new long[3];
        long number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                GazetteerEntry entry = GazetteerRow.parse(line, file + ":" + number);
                if (!countries.isEmpty() && !countries.contains(entry.countryCode())) {
                    counts[2]++;
                    continue;
                }
                out.write(line);
                out.newLine();
                counts[0]++;
            } catch (IllegalArgumentException e) {
                counts[1]++;
                rejected.accept(new Rejection(Stage.GAZETTEER, file + ":" + number, e.getMessage(), line));
            }
        }
        return counts;
    }

    /** "cities500" for ".../cities500.txt": the name the copy is known by. */
    private static String slug(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]+", "-");
        return base.isEmpty() ? "file" : base;
    }

    @Override
    public String toString() {
        return "GazetteerImporter[" + directory + "]";
    }
}

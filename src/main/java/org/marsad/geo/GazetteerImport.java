package org.marsad.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;

/**
 * Imports a GeoNames dump (cities500.txt, a country file such as SY.txt, allCountries.txt) into a
 * folder of gazetteer files that {@link Gazetteer#bundledWith} reads after the bundled ones. The
 * file is streamed, checked row by row (a bad row is a rejection naming file:line, the rest is
 * kept) and written as {@code <folder>/<file name>}: importing the same file again replaces its
 * earlier import, so the import is idempotent.
 */
public final class GazetteerImport {
    private final Path folder;

    /** How many rows an import kept and rejected, and where it wrote them. */
    public record Result(long imported, long rejected, Path file) {
    }

    public GazetteerImport(Path folder) {
        this.folder = folder;
    }

    public Result run(Path dump, Consumer<Rejection> rejected) throws IOException {
        if (!Files.isRegularFile(dump)) {
            throw new IllegalArgumentException(dump + ": no such file");
        }
        Files.createDirectories(folder);
        Path target = folder.resolve(dump.getFileName().toString().replaceAll("\\.(txt|tsv)$", "") + ".tsv");
        Path partial = Files.createTempFile(folder, "import-", ".part");
        long kept = 0;
        long bad = 0;
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("# imported by marsad gazetteer import from " + dump.getFileName() + "\n");
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    GazetteerRow.parse(line, dump.getFileName() + ":" + number);
                    out.write(line);
                    out.write('\n');
                    kept++;
                } catch (IllegalArgumentException e) {
                    bad++;
                    rejected.accept(new Rejection(Stage.GAZETTEER, dump + ":" + number, e.getMessage(), shorten(line)));
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(kept, bad, target);
    }

    /** The imported files in a folder, in name order; empty when the folder does not exist. */
    public static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}

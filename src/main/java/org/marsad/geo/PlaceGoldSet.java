package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.report.Language;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;

/**
 * Reads a place gold file: one sentence a line, tab-separated {@code id split lang text places},
 * where places is {@code mention=gazetteerId@lat,lon} items separated by {@code " ; "}.
 * Lines starting with # are comments; a malformed line becomes a rejection with file:line.
 */
public final class PlaceGoldSet {
    private PlaceGoldSet() {
    }

    /** The sentences of {@code file}; each bad line goes to {@code rejected} and the rest are read. */
    public static List<GoldSentence> read(Path file, Consumer<Rejection> rejected) {
        List<GoldSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    sentences.add(sentence(line));
                } catch (IllegalArgumentException e) {
                    rejected.accept(new Rejection(Stage.LOCATE, file + ":" + number, e.getMessage(), line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        return List.copyOf(sentences);
    }

    static GoldSentence sentence(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 5) {
            throw new IllegalArgumentException("expected 5 tab-separated columns (id split lang text places), found " + c.length);
        }
        List<GoldPlace> places = new ArrayList<>();
        for (String item : c[4].split(" ; ")) {
            if (!item.isBlank()) {
                places.add(place(item.strip()));
            }
        }
        return new GoldSentence(c[0].strip(), c[1].strip(), Language.ofCode(c[2].strip()), c[3], places);
    }

    private static GoldPlace place(String item) {
        int eq = item.lastIndexOf('=');
        int at = item.lastIndexOf('@');
        int comma = item.lastIndexOf(',');
        if (eq <= 0 || at < eq || comma < at) {
            throw new IllegalArgumentException("place must read mention=gazetteerId@lat,lon: '" + item + "'");
        }
        try {
            return new GoldPlace(item.substring(0, eq).strip(), item.substring(eq + 1, at).strip(),
                    Double.parseDouble(item.substring(at + 1, comma)), Double.parseDouble(item.substring(comma + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("coordinates are not numbers: '" + item + "'");
        }
    }
}

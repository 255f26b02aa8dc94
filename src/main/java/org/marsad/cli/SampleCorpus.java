package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The illustrative sample corpus that ships inside the jar under {@code samples/corpus}. */
final class SampleCorpus {
    private static final String ROOT = "samples/corpus";

    private SampleCorpus() {
    }

    /** Copies the corpus to {@code target} (replacing older copies) and returns that folder. */
    static Path copyTo(Path target) throws IOException {
        URL marker = SampleCorpus.class.getClassLoader().getResource(ROOT + "/README.md");
        if (marker == null) {
            throw new IllegalStateException("the sample corpus is missing from the jar (" + ROOT + ")");
        }
        URI uri = toUri(marker);
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.getPath("/" + ROOT), target);
            }
        } else {
            copyTree(Path.of(uri).getParent(), target);
        }
        return target;
    }

    /** The report files and folders of a copied corpus: everything but its README and answer keys. */
    static List<Path> reportPaths(Path corpus) throws IOException {
        try (Stream<Path> children = Files.list(corpus)) {
            return children.filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path dest = to.resolve(from.relativize(file).toString());
            Files.createDirectories(dest.getParent());
            try (InputStream in = Files.newInputStream(file)) {
                Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

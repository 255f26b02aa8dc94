package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files under a folder, recursively, in sorted path order, each with the reason it could
 * not be listed, if any. Hidden files and folders (names starting with ".") are skipped, and so are the notes that travel with reports (README, answer keys: see Format.isCompanion). Links to
 * folders inside are not followed, so a link cycle cannot loop; the folder itself may be a link.
 */
final class FolderWalk {
    private FolderWalk() {
    }

    static SortedMap<Path, Optional<String>> of(Path folder) {
        SortedMap<Path, Optional<String>> files = new TreeMap<>();
        try {
            Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            Files.walkFileTree(start, new Visitor(folder, start, files));
        } catch (IOException e) {
            files.put(folder, Optional.of("cannot read folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Collects files named under the folder as the caller gave it, even when walking its real path. */
    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path folder;
        private final Path start;
        private final SortedMap<Path, Optional<String>> files;

        Visitor(Path folder, Path start, SortedMap<Path, Optional<String>> files) {
            this.folder = folder;
            this.start = start;
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isHidden(file) && !Format.isCompanion(file.getFileName().toString())
                    && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                files.put(named(file), Optional.empty());
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            files.put(named(file), Optional.of(e instanceof AccessDeniedException
                    ? "cannot read: permission denied" : "cannot read: " + e.getMessage()));
            return FileVisitResult.CONTINUE;
        }

        private Path named(Path file) {
            return start.equals(folder) ? file : folder.resolve(start.relativize(file));
        }
    }
}

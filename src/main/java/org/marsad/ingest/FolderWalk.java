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
 * not be listed, if any. Hidden files and folders (names starting with ".") are skipped;
 * symbolic links to folders are not followed, so a link cycle cannot loop.
 */
final class FolderWalk {
    private FolderWalk() {
    }

    static SortedMap<Path, Optional<String>> of(Path folder) {
        SortedMap<Path, Optional<String>> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        files.put(file, Optional.empty());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.put(file, Optional.of(e instanceof AccessDeniedException
                            ? "cannot read: permission denied" : "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            files.put(folder, Optional.of("cannot read folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}

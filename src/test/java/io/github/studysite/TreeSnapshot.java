package io.github.studysite;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a folder tree holds — every folder, link (with its target) and file (with a digest of its bytes and its
 * modification time) — so that a test can show a run created, changed and deleted nothing outside the folders it may
 * write. Links are recorded, never followed. A folder's own modification time is left out: creating the allowed
 * output inside it changes that, and its entries say the rest.
 */
public final class TreeSnapshot {

    private TreeSnapshot() {
    }

    /** The tree under {@code root}, leaving out the subtrees of {@code allowed} (and their names). */
    public static Map<String, String> of(Path root, Path... allowed) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                for (Path skip : allowed) {
                    if (dir.equals(skip)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                entries.put(name(dir), "folder");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    entries.put(name(file), "link -> " + Files.readSymbolicLink(file));
                } else if (attrs.isRegularFile()) {
                    entries.put(name(file), "file " + digest(Files.readAllBytes(file)) + " " + attrs.lastModifiedTime());
                } else {
                    entries.put(name(file), "other");
                }
                return FileVisitResult.CONTINUE;
            }

            private String name(Path path) {
                return "/" + root.relativize(path).toString().replace('\\', '/');
            }
        });
        return entries;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

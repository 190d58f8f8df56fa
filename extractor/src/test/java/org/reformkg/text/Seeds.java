package org.reformkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed texts in {@code seeds/} (Maven runs tests with the project root as working directory). */
final class Seeds {
    static final Path DIR = Path.of("seeds");

    private Seeds() {
    }

    static List<Path> all() {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no seeds/*.txt under " + DIR.toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed whose file name starts with {@code prefix}, e.g. "000". */
    static Path named(String prefix) {
        return all().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    }

    static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecodedText decoded(String prefix) {
        Path p = named(prefix);
        return new DecodedText(p.toString(), text(p), StandardCharsets.UTF_8);
    }

    static RepairedText repaired(String prefix) {
        return LayoutRepair.repair(decoded(prefix));
    }

    /** Removes whitespace as the raw-slice contract does: Java whitespace, no-break and ideographic spaces. */
    static String noSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

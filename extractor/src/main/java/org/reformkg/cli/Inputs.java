package org.reformkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line PATHs (files or folders) into input files, reporting paths that do not exist. */
final class Inputs {
    private Inputs() {}

    /** Files found, and one-line problems for paths that could not be used. */
    record Expanded(List<Path> files, List<String> problems) {}

    /**
     * Files are taken as given; folders contribute, recursively and in name order, their files with one of
     * {@code folderExtensions} (e.g. ".txt"), so a folder of texts may hold notes and annotations beside them.
     */
    static Expanded expand(List<Path> paths, List<String> folderExtensions) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> folderExtensions.stream().anyMatch(e -> f.getFileName().toString().toLowerCase().endsWith(e)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(p + ": cannot read folder: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                problems.add(p + ": not a regular file or folder");
            } else {
                problems.add(p + ": no such file or folder");
            }
        }
        return new Expanded(files, problems);
    }
}

package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link GraphModel} in one format. */
public interface Exporter {

    /**
     * Writes the graph to {@code out} (creating missing parent folders). Each file is written to a
     * temporary file beside it and then moved into place, so a failed export leaves no partial file.
     *
     * @param graph the graph
     * @param out   the file asked for; a format may derive several files from it
     * @return the files written, in order
     * @throws IOException if a file cannot be written
     */
    List<Path> export(GraphModel graph, Path out) throws IOException;

    /** A format that is a single stream of bytes, written to exactly the file asked for. */
    interface SingleFile extends Exporter {

        /**
         * Writes the graph to a stream, UTF-8 where it is text. Does not close the stream.
         *
         * @param graph the graph
         * @param out   where to write
         * @throws IOException if writing fails
         */
        void write(GraphModel graph, OutputStream out) throws IOException;

        @Override
        default List<Path> export(GraphModel graph, Path out) throws IOException {
            OutputFiles.write(out, os -> write(graph, os));
            return List.of(out);
        }
    }
}

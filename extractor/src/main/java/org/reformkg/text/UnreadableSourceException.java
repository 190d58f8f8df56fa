package org.reformkg.text;

/**
 * A source file that cannot be turned into text. The message is one user-facing line that names the
 * file and says what is wrong, e.g. {@code "seeds/x.bin: binary file (NUL bytes), not text"}.
 */
public final class UnreadableSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final String problem;

    /**
     * @param sourceName the file as the user named it
     * @param problem what is wrong, without the file name (line breaks are flattened to spaces)
     */
    public UnreadableSourceException(String sourceName, String problem) {
        this(sourceName, problem, null);
    }

    /** As {@link #UnreadableSourceException(String, String)}, keeping the underlying cause (e.g. an IOException). */
    public UnreadableSourceException(String sourceName, String problem, Throwable cause) {
        super(sourceName + ": " + oneLine(problem), cause);
        this.sourceName = sourceName;
        this.problem = oneLine(problem);
    }

    /** The file name given to the decoder. */
    public String sourceName() {
        return sourceName;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

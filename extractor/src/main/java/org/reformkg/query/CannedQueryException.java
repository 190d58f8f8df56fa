package org.reformkg.query;

/**
 * A canned query file is malformed (bad header, SPARQL syntax error, columns that do not
 * match the SELECT) or cannot be read. The message starts with the file, e.g.
 * {@code queries/x.rq: line 3: unknown param type 'foo'}.
 */
public class CannedQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the full message, starting with the file and line where known */
    public CannedQueryException(String message) {
        super(message);
    }

    /**
     * @param message the full message
     * @param cause   the underlying failure
     */
    public CannedQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}

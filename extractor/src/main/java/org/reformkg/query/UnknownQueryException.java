package org.reformkg.query;

import java.util.List;

/** No canned query has the requested name; the message lists the known names. */
public class UnknownQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> known;

    /**
     * @param name  the name asked for
     * @param known the names of the queries that exist
     */
    public UnknownQueryException(String name, List<String> known) {
        super("unknown query " + QueryParamException.quote(name) + "; known queries: " + String.join(", ", known));
        this.known = List.copyOf(known);
    }

    /** The names of the queries that do exist, sorted. */
    public List<String> known() {
        return known;
    }
}

package org.reformkg.query;

/**
 * A parameter given to a canned query is not acceptable: unknown name, missing required
 * parameter, or a value that is not of the declared type.
 *
 * <p>The message is always a single line naming the parameter, fit to print as is; any part
 * of the offending value it quotes is shortened and has control characters escaped.
 */
public class QueryParamException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String param;

    /**
     * @param param   the parameter's name (as given by the caller)
     * @param message one-line explanation; line breaks are replaced by spaces
     */
    public QueryParamException(String param, String message) {
        super(oneLine(message));
        this.param = param;
    }

    /** The name of the offending parameter. */
    public String param() {
        return param;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }

    /**
     * Quotes a user-supplied value for an error message: at most 40 code points, control and
     * line-break characters written as Java escapes, so the message stays on one line and
     * cannot smuggle terminal control sequences.
     */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder("'");
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == 40) {
                sb.append("...");
                break;
            }
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                    || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append('\'').toString();
    }
}

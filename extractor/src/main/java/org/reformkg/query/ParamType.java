package org.reformkg.query;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The type of a canned-query parameter, as written in a {@code # param:} header line, and the
 * strict conversion of a value given as text into the RDF term that is bound to the query.
 */
public enum ParamType {
    /** Any text (no control characters other than tab and line breaks), bound as a plain {@code xsd:string} literal. */
    STRING("string"),
    /** A decimal integer ({@code -?[0-9]+}, at most 18 digits), bound as an {@code xsd:integer} literal. */
    INTEGER("integer"),
    /** An absolute IRI in the project's namespace {@value #IRI_PREFIX}, bound as an IRI. */
    IRI("iri"),
    /** A four-digit year (1000-9999), bound as an {@code xsd:integer} literal. */
    YEAR("year");

    /** Every IRI parameter must start with this: the graph only has entities under it. */
    public static final String IRI_PREFIX = "https://w3id.org/reformkg/";

    /** Longest accepted string value, in code points. */
    public static final int MAX_STRING_LENGTH = 1000;

    private static final Pattern INTEGER_SYNTAX = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern YEAR_SYNTAX = Pattern.compile("[1-9][0-9]{3}");
    // The characters RFC 3987 allows in an IRI, minus everything SPARQL's IRIREF forbids
    // (<>"{}|^`\ and spaces): percent-escapes must be complete.
    private static final Pattern IRI_SYNTAX = Pattern.compile(
        Pattern.quote(IRI_PREFIX)
            + "(?:[A-Za-z0-9\\-._~:@!$&'()*+,;=/?#]|%[0-9A-Fa-f]{2}|[^\\x00-\\x7F\\p{Z}\\p{C}])+");

    // a path segment that is . or .., also percent-encoded (%2e), up to the query or fragment
    private static final Pattern DOT_SEGMENT = Pattern.compile("^[^?#]*/(?:\\.|%2[eE]){1,2}(?:[/?#]|$)");

    private final String keyword;

    ParamType(String keyword) {
        this.keyword = keyword;
    }

    /** The word used for this type in query headers: {@code string}, {@code integer}, {@code iri}, {@code year}. */
    public String keyword() {
        return keyword;
    }

    /** The type for a header keyword (case-sensitive), or empty if there is none. */
    public static Optional<ParamType> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
    }

    /** The header keywords of all types, comma-separated, for error messages. */
    public static String keywords() {
        return Arrays.stream(values()).map(ParamType::keyword).collect(Collectors.joining(", "));
    }

    /**
     * Converts a value given as text into the term to bind, checking it strictly.
     *
     * @param param the parameter's name, for the error message
     * @param value the text as given (not trimmed: surrounding spaces make an integer invalid)
     * @return an {@code xsd:integer} literal, an IRI or an {@code xsd:string} literal
     * @throws QueryParamException (one line, naming {@code param}) if the value is not of this type
     */
    public Node toNode(String param, String value) {
        if (value == null)
            throw new QueryParamException(param, "parameter '" + param + "' has no value");
        return switch (this) {
            case STRING -> stringNode(param, value);
            case INTEGER -> {
                if (!INTEGER_SYNTAX.matcher(value).matches())
                    throw bad(param, value, "an integer such as 19");
                yield NodeFactory.createLiteralDT(new BigInteger(value).toString(), XSDDatatype.XSDinteger);
            }
            case YEAR -> {
                if (!YEAR_SYNTAX.matcher(value).matches())
                    throw bad(param, value, "a four-digit year such as 2016");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case IRI -> iriNode(param, value);
        };
    }

    private static Node stringNode(String param, String value) {
        if (value.codePointCount(0, value.length()) > MAX_STRING_LENGTH)
            throw new QueryParamException(param, "parameter '" + param + "': text longer than " + MAX_STRING_LENGTH + " characters");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c))
                throw new QueryParamException(param, "parameter '" + param + "': text has a broken UTF-16 surrogate at index " + i);
            // Tab and line breaks are text; other control characters (NUL, ESC...) are not.
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                throw new QueryParamException(param, String.format(
                    "parameter '%s': text has control character U+%04X at index %d", param, (int) c, i));
        }
        return NodeFactory.createLiteralString(value);
    }

    private Node iriNode(String param, String value) {
        if (!IRI_SYNTAX.matcher(value).matches())
            throw bad(param, value, "an absolute IRI starting with " + IRI_PREFIX);
        try {
            IRIx iri = IRIx.create(value);
            if (!iri.isAbsolute() || iri.hasViolations())
                throw bad(param, value, "a valid absolute IRI starting with " + IRI_PREFIX);
            // Dot segments (reformkg/../x) would leave the namespace once resolved.
            if (DOT_SEGMENT.matcher(value).find())
                throw bad(param, value, "an IRI without ./ or ../ segments");
        } catch (IRIException ex) {
            throw bad(param, value, "a valid absolute IRI starting with " + IRI_PREFIX);
        }
        return NodeFactory.createURI(value);
    }

    private QueryParamException bad(String param, String value, String expected) {
        return new QueryParamException(param, "parameter '" + param + "' (" + keyword + "): "
            + QueryParamException.quote(value) + " is not " + expected);
    }

    @Override
    public String toString() {
        return keyword.toLowerCase(Locale.ROOT);
    }
}

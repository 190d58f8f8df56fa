package org.reformkg.query;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parameter of a canned query, declared in its header as
 * {@code # param: NAME TYPE (required|optional) [default=VALUE] - description}.
 * The parameter is the SPARQL variable {@code ?NAME}, which the runner binds by substitution.
 *
 * @param name         the parameter's name, also its SPARQL variable name (letters, digits, {@code _})
 * @param type         the value's type
 * @param required     whether a value must be given (a required parameter has no default)
 * @param defaultValue the value used when none is given, as text; {@code null} when there is none
 * @param description  one line for help output
 */
public record Param(String name, ParamType type, boolean required, String defaultValue, String description) {

    /** What a parameter name may look like: a SPARQL variable name in ASCII. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Checks the declaration is coherent.
     *
     * @throws IllegalArgumentException if the name is not a variable name, a required
     *         parameter has a default, or the default is not of the type
     */
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches())
            throw new IllegalArgumentException("bad param name '" + name + "': letters, digits and _ only, not starting with a digit");
        if (required && defaultValue != null)
            throw new IllegalArgumentException("param '" + name + "' is required, so it cannot have a default");
        if (defaultValue != null)
            type.toNode(name, defaultValue);
    }

    /** Whether a default value is declared. */
    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** The header line that declares this parameter (without the leading {@code # param: }). */
    public String declaration() {
        return name + " " + type.keyword() + " " + (required ? "required" : "optional")
            + (defaultValue == null ? "" : " default=" + defaultValue) + " - " + description;
    }
}

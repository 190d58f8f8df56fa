package org.reformkg.server;

import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;

/**
 * HTTP basic authentication for the writing services when updates are on: one user,
 * {@value #USER}, with the password given at start-up, held in memory only.
 *
 * <p>The SPARQL Update endpoint needs the password for every method; the Graph Store Protocol
 * endpoint needs it for every method but GET, HEAD and OPTIONS, so reading graphs stays open.
 * A constraint by method omission rather than by a list of write methods: a method nobody thought
 * of (PATCH, or one made up) needs the password too. Requests without it get 401 and a
 * {@code WWW-Authenticate: Basic} challenge. Basic authentication sends the password in clear on
 * every request: across a network, put the server behind HTTPS.
 */
final class WriteAccess {

    /** The one user name. */
    static final String USER = "admin";
    /** The authentication realm. */
    static final String REALM = "reformkg";

    private static final String[] READ_METHODS = {"GET", "HEAD", "OPTIONS"};

    private WriteAccess() {}

    /**
     * The security handler guarding {@code updatePath} entirely and {@code gspPath} for writes.
     *
     * @param password the password of {@value #USER}
     */
    static ConstraintSecurityHandler handler(String password, String updatePath, String gspPath) {
        ConstraintSecurityHandler sh = JettySecurityLib.makeSecurityHandler(REALM,
            JettySecurityLib.makeUserStore(USER, password), AuthScheme.BASIC);
        // RFC 7617: announce UTF-8 (charset="UTF-8" in the challenge) and decode with it, so a
        // password of any script works; Jetty would read ISO-8859-1 otherwise.
        if (sh.getAuthenticator() instanceof BasicAuthenticator basic)
            basic.setCharset(StandardCharsets.UTF_8);
        sh.addConstraintMapping(mapping(updatePath, Constraint.ANY_USER, null));
        ConstraintMapping writes = mapping(gspPath, Constraint.ANY_USER, null);
        writes.setMethodOmissions(READ_METHODS);
        sh.addConstraintMapping(writes);
        // said explicitly, so Jetty knows the read methods are open on purpose
        for (String method : READ_METHODS)
            sh.addConstraintMapping(mapping(gspPath, Constraint.ALLOWED, method));
        return sh;
    }

    private static ConstraintMapping mapping(String path, Constraint constraint, String method) {
        ConstraintMapping m = new ConstraintMapping();
        m.setPathSpec(path);
        m.setConstraint(constraint);
        if (method != null)
            m.setMethod(method);
        return m;
    }
}

/**
 * The read-only SPARQL server over the reformkg graph ({@link org.reformkg.server.ReformServer}).
 * The only package that may use Fuseki.
 */
package org.reformkg.server;

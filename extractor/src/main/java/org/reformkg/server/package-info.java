/**
 * The SPARQL server over the reformkg graph ({@link org.reformkg.server.ReformServer}): Fuseki
 * endpoints, the full-text index, the canned-query and export HTTP API and the graph page.
 * The only package that may use Fuseki.
 */
package org.reformkg.server;

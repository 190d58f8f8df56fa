/**
 * Canned SPARQL queries over the reformkg graph: loading them from the classpath
 * ({@link org.reformkg.query.CannedQueries}), binding and validating their parameters and
 * running them against a dataset ({@link org.reformkg.query.QueryRunner}), and printing the
 * results ({@link org.reformkg.query.QueryResult}, {@link org.reformkg.query.OutputFormat}).
 *
 * <p>Parameters are only ever bound through Jena's query API (substitution of a variable by
 * an RDF term), never by editing query text, so no parameter value can change a query's shape.
 */
package org.reformkg.query;

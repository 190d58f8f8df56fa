package org.reformkg.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.QueryRunner;

/**
 * The SPARQL server for the knowledge graph, on embedded Fuseki, with the analyst's workbench:
 * full-text search, the canned queries and the graph export over HTTP, and the graph page.
 *
 * <pre>
 * ReformServer server = ReformServer.create().dataset(dataset).port(3030).build().start();
 * ... server.endpointUrl()   // http://127.0.0.1:3030/reform/sparql
 * server.stop();
 * </pre>
 *
 * <p>It serves one dataset, {@value #DATASET}:
 * <ul>
 * <li>SPARQL query: {@code /reform/sparql}, {@code /reform/query} and {@code /reform} itself
 *     (GET {@code ?query=} or POST); queries see the union of all source graphs as the default
 *     graph, are cancelled after the query timeout (default {@value #DEFAULT_TIMEOUT_SECONDS} s;
 *     a client's {@code timeout} parameter can only shorten it), may not call remote
 *     {@code SERVICE}s, and can search text with {@code text:query} (see {@link FullTextIndex}:
 *     {@code rdfs:label}, {@code dcterms:title}, {@code oa:exact}, Chinese cut into words);</li>
 * <li>Graph Store Protocol: GET/HEAD on {@code /reform/data}, {@code /reform/get} and
 *     {@code /reform} ({@code ?graph=IRI} for a source graph, {@code ?default} for the stored
 *     default graph);</li>
 * <li>canned queries: {@code /reform/canned} and {@code /reform/canned/NAME} (see {@link CannedQueryServlet});</li>
 * <li>graph export: {@code /reform/export?format=...} (see {@link ExportServlet});</li>
 * <li>the graph page: the classpath folder {@value #WEB_FOLDER} at {@code /graph/} (see {@link WebFolderServlet}).</li>
 * </ul>
 * By default nothing writes: no SPARQL Update, upload, patch or GSP write endpoint, and no admin or
 * statistics service; every request that would change the data is refused with a 4xx status.
 * {@link Builder#allowUpdate(String)} adds SPARQL Update at {@code /reform/update} and GSP writes
 * (PUT, POST, DELETE) at {@code /reform/data}, both behind HTTP basic authentication as user
 * {@value WriteAccess#USER} (401 without the password); the query, read, canned, export and page
 * services stay open.
 *
 * <p>Binds to {@value #DEFAULT_HOST} (this machine only) unless {@link Builder#host} says
 * otherwise; {@code 0.0.0.0} exposes the server on every interface.
 */
public final class ReformServer implements AutoCloseable {

    /** Dataset path on the server. */
    public static final String DATASET = "/reform";
    /** Path of the graph page. */
    public static final String GRAPH_PAGE = "/graph/";
    /** Classpath folder served as the graph page. */
    public static final String WEB_FOLDER = "reformkg/web/";
    /** Port used when none is set. */
    public static final int DEFAULT_PORT = 3030;
    /** Bind address used when none is set: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Query timeout used when none is set, in seconds. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 30;
    /** Row cap of canned queries over HTTP when none is set. */
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** The user name for SPARQL Update and GSP writes, when they are allowed. */
    public static final String UPDATE_USER = WriteAccess.USER;

    private final FusekiServer fuseki;
    private final FullTextIndex text;
    private final String host;
    private final int requestedPort;
    private final boolean updateAllowed;
    private volatile boolean started;
    private volatile boolean stopped;

    private ReformServer(FusekiServer fuseki, FullTextIndex text, String host, int requestedPort, boolean updateAllowed) {
        this.fuseki = fuseki;
        this.text = text;
        this.host = host;
        this.requestedPort = requestedPort;
        this.updateAllowed = updateAllowed;
    }

    /** A builder; {@link Builder#dataset} is required. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts serving; returns at once, the server runs in background threads.
     *
     * @return this server
     * @throws IllegalStateException if already started or stopped
     * @throws org.apache.jena.fuseki.FusekiException if the port cannot be bound
     */
    public synchronized ReformServer start() {
        if (started)
            throw new IllegalStateException("server already started");
        if (stopped)
            throw new IllegalStateException("server was stopped; build a new one");
        fuseki.start();
        started = true;
        return this;
    }

    /**
     * Stops serving and frees the port. The dataset stays open (it belongs to the caller) and
     * writable. Safe to call more than once, or before {@link #start}.
     */
    public synchronized void stop() {
        if (stopped)
            return;
        stopped = true;
        if (started)
            fuseki.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Whether the server has been started and not stopped. */
    public boolean isRunning() {
        return started && !stopped;
    }

    /**
     * The port: once started, the one actually bound (a free one when 0 was requested);
     * before, the one requested.
     */
    public int port() {
        return started ? fuseki.getHttpPort() : requestedPort;
    }

    /** The address the server binds to. */
    public String host() {
        return host;
    }

    /** Whether SPARQL Update and GSP writes are served (behind the password). */
    public boolean updateAllowed() {
        return updateAllowed;
    }

    /** Number of texts (labels, titles, sentences; one per source graph) in the full-text index when it was built. */
    public long indexedTexts() {
        return text.documents();
    }

    /** Root URL of the server, e.g. {@code http://127.0.0.1:3030}. */
    private String serverUrl() {
        return "http://" + urlHost(host) + ":" + port();
    }

    /** URL of the dataset, e.g. {@code http://127.0.0.1:3030/reform}. */
    public String datasetUrl() {
        return serverUrl() + DATASET;
    }

    /** URL of the SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/reform/sparql}. */
    public String endpointUrl() {
        return datasetUrl() + "/sparql";
    }

    /** URL of the Graph Store Protocol endpoint, e.g. {@code http://127.0.0.1:3030/reform/data}. */
    public String graphStoreUrl() {
        return datasetUrl() + "/data";
    }

    /** URL of the SPARQL Update endpoint (served only when {@link #updateAllowed()}). */
    public String updateUrl() {
        return datasetUrl() + "/update";
    }

    /** URL of the canned-query list, e.g. {@code http://127.0.0.1:3030/reform/canned}. */
    public String cannedUrl() {
        return datasetUrl() + "/canned";
    }

    /** URL of the graph export, e.g. {@code http://127.0.0.1:3030/reform/export}. */
    public String exportUrl() {
        return datasetUrl() + "/export";
    }

    /** URL of the graph page, e.g. {@code http://127.0.0.1:3030/graph/}. */
    public String graphPageUrl() {
        return serverUrl() + GRAPH_PAGE;
    }

    // A wildcard bind address is not somewhere a client can connect to: point at loopback.
    private static String urlHost(String host) {
        return switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]", "::0" -> "[::1]";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
    }

    /** Builds a {@link ReformServer}, in the style of {@code FusekiServer.create()...build()}. */
    public static final class Builder {
        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration timeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        private int maxRows = DEFAULT_MAX_ROWS;
        private String updatePassword;
        private String webFolder = WEB_FOLDER;
        private CannedQueries cannedQueries;

        private Builder() {}

        /** The data to serve (required), e.g. the store's TDB2 dataset. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The TCP port, 0 for any free port (see {@link ReformServer#port()}); default {@value ReformServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            this.port = port;
            return this;
        }

        /**
         * The address to bind: an IP address or host name of this machine; default
         * {@value ReformServer#DEFAULT_HOST}. {@code 0.0.0.0} listens on all interfaces.
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank())
                throw new IllegalArgumentException("host must not be blank");
            this.host = host.strip();
            return this;
        }

        /** Longest time a query (SPARQL, canned, or an update) may run before it is cancelled; default 30 s. */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("query timeout must be positive, was " + timeout);
            this.timeout = timeout;
            return this;
        }

        /** Most rows a canned query answers over HTTP; default {@value ReformServer#DEFAULT_MAX_ROWS}. */
        public Builder maxRows(int maxRows) {
            if (maxRows < 1)
                throw new IllegalArgumentException("max rows must be at least 1, was " + maxRows);
            this.maxRows = maxRows;
            return this;
        }

        /**
         * Serves SPARQL Update and GSP writes, for user {@value WriteAccess#USER} with this password
         * (HTTP basic authentication). Off unless called. Fuseki runs updates with the dataset's own
         * context, so the server sets the query timeout (as {@code ARQ.updateTimeout}) and turns
         * remote {@code SERVICE} calls off there: in the context of the dataset given.
         *
         * @throws IllegalArgumentException if the password is blank
         */
        public Builder allowUpdate(String password) {
            Objects.requireNonNull(password, "password");
            if (password.isBlank())
                throw new IllegalArgumentException("the update password must not be blank");
            this.updatePassword = password;
            return this;
        }

        /** The classpath folder served at {@value ReformServer#GRAPH_PAGE}; default {@value ReformServer#WEB_FOLDER}. */
        Builder webFolder(String classpathFolder) {
            this.webFolder = Objects.requireNonNull(classpathFolder, "classpathFolder");
            return this;
        }

        /** The canned queries served; default {@link CannedQueries#load()}. */
        Builder cannedQueries(CannedQueries queries) {
            this.cannedQueries = Objects.requireNonNull(queries, "queries");
            return this;
        }

        /**
         * Builds the server (not started), indexing the dataset's text first.
         *
         * @throws IllegalStateException if no dataset was given, or a canned query has a parameter
         *         named {@code format} (reserved by the HTTP API for the result format)
         */
        public ReformServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset: call dataset(...) before build()");
            FullTextIndex text = FullTextIndex.build(dataset);
            Dataset served = text.dataset();
            DatasetGraph dsg = served.asDatasetGraph();
            boolean update = updatePassword != null;

            Context queryContext = new Context();
            queryContext.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // Canned queries are written against the union of the source graphs.
            queryContext.set(TDB2.symUnionDefaultGraph, true);
            // Clients must not make the server fetch from other hosts.
            queryContext.set(ARQ.httpServiceAllowed, false);

            // Explicit endpoints rather than add(name, dsg[, allowUpdate]): only what is listed
            // here is served, so nothing writes unless allowUpdate was called.
            DataService.Builder service = DataService.newBuilder(dsg);
            for (String name : List.of("", "sparql", "query"))
                service.addEndpoint(Endpoint.create()
                    .operation(Operation.Query).endpointName(name).context(queryContext).build());
            for (String name : List.of("", "get"))
                service.addEndpoint(Operation.GSP_R, name);
            service.addEndpoint(update ? Operation.GSP_RW : Operation.GSP_R, "data");
            if (update) {
                // Fuseki runs updates with the dataset's context, not the endpoint's: the limits go there.
                served.getContext().set(ARQ.httpServiceAllowed, false);
                served.getContext().set(ARQ.updateTimeout, Long.toString(timeout.toMillis()));
                // Fuseki checks the user too, besides the path constraint of WriteAccess.
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .authPolicy(Auth.policyAllowSpecific(WriteAccess.USER)).build());
            }

            FusekiServer.Builder fuseki = FusekiServer.create()
                .port(port)
                .verbose(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .add(DATASET, service.build())
                .addServlet(DATASET + "/canned/*", new CannedQueryServlet(
                    cannedQueries != null ? cannedQueries : CannedQueries.load(),
                    new QueryRunner(served, timeout), maxRows, DATASET + "/canned"))
                .addServlet(DATASET + "/export", new ExportServlet(served))
                .addServlet(GRAPH_PAGE + "*", new WebFolderServlet(webFolder));
            if (update)
                fuseki.securityHandler(WriteAccess.handler(updatePassword, DATASET + "/update", DATASET + "/data"));
            FusekiServer server = fuseki.build();
            // Fuseki's loopback(true) does the same with "localhost"; any address is set the same way.
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
            return new ReformServer(server, text, host, port, update);
        }
    }
}

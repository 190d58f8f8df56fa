package org.reformkg.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

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

/**
 * A read-only SPARQL server for the knowledge graph, on embedded Fuseki.
 *
 * <pre>
 * ReformServer server = ReformServer.create().dataset(dataset).port(3030).build().start();
 * ... server.endpointUrl()   // http://127.0.0.1:3030/reform/sparql
 * server.stop();
 * </pre>
 *
 * <p>It serves one dataset, {@value #DATASET}, with only these services:
 * <ul>
 * <li>SPARQL query: {@code /reform/sparql}, {@code /reform/query} and {@code /reform} itself
 *     (GET {@code ?query=} or POST); queries see the union of all source graphs as the default
 *     graph, are cancelled after the query timeout (default {@value #DEFAULT_TIMEOUT_SECONDS} s;
 *     a client's {@code timeout} parameter can only shorten it), and may not call remote
 *     {@code SERVICE}s;</li>
 * <li>Graph Store Protocol, read only: GET/HEAD on {@code /reform/data}, {@code /reform/get} and
 *     {@code /reform} ({@code ?graph=IRI} for a source graph, {@code ?default} for the stored
 *     default graph).</li>
 * </ul>
 * There is no SPARQL Update, upload, patch or GSP write endpoint, and no admin or
 * statistics service: every request that would change the data is refused with a 4xx status.
 *
 * <p>Binds to {@value #DEFAULT_HOST} (this machine only) unless {@link Builder#host} says
 * otherwise; {@code 0.0.0.0} exposes the server on every interface.
 */
public final class ReformServer implements AutoCloseable {

    /** Dataset path on the server. */
    public static final String DATASET = "/reform";
    /** Port used when none is set. */
    public static final int DEFAULT_PORT = 3030;
    /** Bind address used when none is set: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Query timeout used when none is set, in seconds. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 30;

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private volatile boolean started;
    private volatile boolean stopped;

    private ReformServer(FusekiServer fuseki, String host, int requestedPort) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
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

    /** Stops serving and frees the port. Safe to call more than once, or before {@link #start}. */
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

    /** URL of the dataset, e.g. {@code http://127.0.0.1:3030/reform}. */
    public String datasetUrl() {
        return "http://" + urlHost(host) + ":" + port() + DATASET;
    }

    /** URL of the SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/reform/sparql}. */
    public String endpointUrl() {
        return datasetUrl() + "/sparql";
    }

    /** URL of the read-only Graph Store Protocol endpoint, e.g. {@code http://127.0.0.1:3030/reform/data}. */
    public String graphStoreUrl() {
        return datasetUrl() + "/data";
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

        /** Longest time a query may run before it is cancelled; default 30 s. */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("query timeout must be positive, was " + timeout);
            this.timeout = timeout;
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws IllegalStateException if no dataset was given
         */
        public ReformServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset: call dataset(...) before build()");
            DatasetGraph dsg = dataset.asDatasetGraph();

            Context queryContext = new Context();
            queryContext.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // Canned queries are written against the union of the source graphs.
            queryContext.set(TDB2.symUnionDefaultGraph, true);
            // Clients must not make the server fetch from other hosts.
            queryContext.set(ARQ.httpServiceAllowed, false);

            // Explicit endpoints rather than add(name, dsg[, allowUpdate]): nothing that writes
            // is ever registered, so there is nothing to misconfigure.
            DataService.Builder service = DataService.newBuilder(dsg);
            for (String name : List.of("", "sparql", "query"))
                service.addEndpoint(Endpoint.create()
                    .operation(Operation.Query).endpointName(name).context(queryContext).build());
            for (String name : List.of("", "data", "get"))
                service.addEndpoint(Operation.GSP_R, name);

            FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .verbose(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .add(DATASET, service.build())
                .build();
            // Fuseki's loopback(true) does the same with "localhost"; any address is set the same way.
            for (Connector c : fuseki.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
            return new ReformServer(fuseki, host, port);
        }
    }
}

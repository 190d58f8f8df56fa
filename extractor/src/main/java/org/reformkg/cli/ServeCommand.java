package org.reformkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.reformkg.export.ExportFormat;
import org.reformkg.server.ReformServer;
import org.reformkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg serve}: the store on an embedded Fuseki, with full-text search, the canned queries and
 * the graph export over HTTP, and the graph page. Read-only unless {@code --update} is given with a
 * {@code --password}. Bad options give one line on stderr and exit 2, before the store is opened.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with an embedded Fuseki on /reform: SPARQL query (full-text",
                "text:query included), read-only Graph Store Protocol, canned queries",
                "(/reform/canned), graph export (/reform/export) and the graph page (/graph/).",
                "No update service unless --update --password-file FILE (or --password PASSWORD; HTTP basic auth,",
                "user " + ReformServer.UPDATE_USER + "). Binds to 127.0.0.1 unless --host is given.",
                "Example: ./kg serve --port 3030 ; ./kg serve --update --password-file ~/.kg-password"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path storeDir;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ReformServer.DEFAULT_TIMEOUT_SECONDS,
            description = "cancel a query (SPARQL, canned or update) after this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ReformServer.DEFAULT_MAX_ROWS,
            description = "most rows a canned query answers over HTTP (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--update", description = "also serve SPARQL Update (/reform/update) and Graph Store writes (/reform/data); needs --password")
    boolean update;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "password of user " + ReformServer.UPDATE_USER + " for --update (HTTP basic auth; use HTTPS in front across a network; "
                    + "other local users see it in the process list: prefer --password-file)")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "read the --update password from the first line of FILE (UTF-8), kept out of the process list")
    Path passwordFile;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1)
            return fail("--timeout " + timeoutSeconds + ": must be at least 1 second");
        if (maxRows < 1)
            return fail("--max-rows " + maxRows + ": must be at least 1");
        if (password != null && passwordFile != null)
            return fail("give --password or --password-file, not both");
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException | java.io.UncheckedIOException e) {
                return fail("--password-file " + passwordFile + ": cannot read it (" + e.getMessage() + ")");
            }
            if (password.isEmpty()) return fail("--password-file " + passwordFile + ": its first line is empty");
        }
        if (update && (password == null || password.isBlank()))
            return fail("--update needs --password PASSWORD or --password-file FILE (HTTP basic auth as user " + ReformServer.UPDATE_USER + ")");
        if (!update && password != null)
            return fail("--password and --password-file are only used with --update");
        Store store = Store.open(storeDir);
        ReformServer.Builder server = ReformServer.create().dataset(store.dataset()).host(host).port(port)
            .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows);
        if (update)
            server.allowUpdate(password);
        serve(server);
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("kg serve: " + Kg.oneLine(message));
        return 2;
    }

    /** Serves a store read-only with the default limits (used by {@code kg demo}); blocks until stopped. */
    static void serve(Store store, String host, int port) {
        serve(ReformServer.create().dataset(store.dataset()).host(host).port(port));
    }

    /** Builds (indexing the store's text) and starts the server, prints how to reach it, and blocks until the process is stopped. */
    static void serve(ReformServer.Builder builder) {
        ReformServer server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        String endpoint = server.endpointUrl();
        System.out.println("Fuseki is serving the store at " + server.datasetUrl());
        System.out.println("SPARQL endpoint: " + endpoint + "  (full-text text:query over " + server.indexedTexts() + " texts)");
        System.out.println("Graph page:      " + server.graphPageUrl());
        System.out.println("Canned queries:  " + server.cannedUrl() + "  (run one: " + server.cannedUrl() + "/approvals?format=csv)");
        System.out.println("Graph export:    " + server.exportUrl() + "?format=" + ExportFormat.keywords());
        if (server.updateAllowed())
            System.out.println("SPARQL Update:   " + server.updateUrl() + "  and Graph Store writes on " + server.graphStoreUrl()
                + " (HTTP basic auth, user " + ReformServer.UPDATE_USER + ")");
        System.out.println("Try:");
        System.out.println("  curl -s " + endpoint + " -H 'Accept: text/csv' --data-urlencode 'query=PREFIX rk: <https://w3id.org/reformkg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?meeting ?date WHERE { ?m a rk:Meeting ; rdfs:label ?meeting . "
                + "OPTIONAL { ?m rk:dateKey ?date } } ORDER BY ?date'");
        System.out.println("Stop with Ctrl-C.");
        System.out.flush();
        server.join();
    }
}

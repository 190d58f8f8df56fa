package org.reformkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reformkg.server.ReformServer;
import org.reformkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with an embedded Fuseki: SPARQL query endpoint and read-only Graph Store Protocol",
                "on /reform. No update service. Binds to 127.0.0.1 unless --host is given.",
                "Example: ./kg serve --port 3030"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path storeDir;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() {
        Store store = Store.open(storeDir);
        serve(store, host, port);
        return 0;
    }

    /** Starts the server, prints how to reach it, and blocks until the process is stopped. */
    static void serve(Store store, String host, int port) {
        ReformServer server = ReformServer.create().dataset(store.dataset()).host(host).port(port).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        String endpoint = server.endpointUrl();
        System.out.println("Fuseki is serving the store at " + server.datasetUrl());
        System.out.println("SPARQL endpoint: " + endpoint);
        System.out.println("Try:");
        System.out.println("  curl -s " + endpoint + " -H 'Accept: text/csv' --data-urlencode 'query=PREFIX rk: <https://w3id.org/reformkg/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?meeting ?date WHERE { ?m a rk:Meeting ; rdfs:label ?meeting . "
                + "OPTIONAL { ?m rk:dateKey ?date } } ORDER BY ?date'");
        System.out.println("Stop with Ctrl-C.");
        System.out.flush();
        server.join();
    }
}

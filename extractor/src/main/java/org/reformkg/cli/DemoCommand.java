package org.reformkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.OutputFormat;
import org.reformkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extract seeds/ into the default store, print the approvals query as a table, then serve it.",
                "Example: ./kg demo"})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path storeDir;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "stop after printing the query (for scripts)")
    boolean noServe;

    @Override
    public Integer call() {
        Path seeds = seedsFolder();
        if (!Files.isDirectory(seeds)) {
            System.err.println("kg demo: " + seeds + ": seeds folder not found");
            return 1;
        }
        Store store = Store.open(storeDir);
        LoadCommand.Report report = LoadCommand.load(store, List.of(seeds));
        System.out.println();
        System.out.println("Which meeting approved which document (canned query 'approvals'):");
        QueryCommand.run(store, CannedQueries.load().get("approvals"), Map.of(), OutputFormat.TABLE);
        System.out.println();
        if (noServe) {
            store.close();
            return report.failed() > 0 ? 1 : 0;
        }
        ServeCommand.serve(store, "127.0.0.1", port);
        return 0;
    }

    /** seeds/ of the installation ./kg runs from, else of the working directory. */
    private static Path seedsFolder() {
        String home = System.getProperty("reformkg.home");
        return home != null ? Path.of(home, "seeds") : Path.of("seeds");
    }
}

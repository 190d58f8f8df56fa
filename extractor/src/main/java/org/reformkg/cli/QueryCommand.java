package org.reformkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.CannedQueryException;
import org.reformkg.query.OutputFormat;
import org.reformkg.query.QueryParamException;
import org.reformkg.query.QueryRunner;
import org.reformkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run the canned query queries/NAME.rq against the store; --list lists them.",
                "Example: ./kg query approvals --format csv ; ./kg query evidence --param target=党的十八届三中全会"})
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "canned query name")
    String name;

    @Option(names = "--list", description = "list the canned queries with one-line descriptions")
    boolean list;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path storeDir;

    /** Plain strings, split here on the first '=': picocli's map parsing would interpret quotes in values. */
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "query parameter (repeatable)")
    List<String> paramArgs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        CannedQueries queries = CannedQueries.load();
        if (list) {
            for (CannedQuery q : queries.all()) System.out.printf("%-22s %s%n", q.name(), Kg.oneLine(q.description()));
            return 0;
        }
        if (name == null) {
            System.err.println("kg query: give a query NAME, or --list");
            return 2;
        }
        OutputFormat fmt;
        try {
            fmt = OutputFormat.parse(format);
        } catch (RuntimeException e) {
            System.err.println("kg query: --format " + format + ": " + Kg.oneLine(e.getMessage()));
            return 2;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : paramArgs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                System.err.println("kg query: --param " + Kg.oneLine(p) + ": expected KEY=VALUE");
                return 2;
            }
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        try (Store store = Store.open(storeDir)) {
            run(store, queries.get(name), params, fmt);
            return 0;
        } catch (QueryParamException | CannedQueryException | org.reformkg.query.UnknownQueryException e) {
            System.err.println("kg query: " + Kg.oneLine(e.getMessage()));
            return 2;
        }
    }

    /** Runs a canned query and prints it to standard output (used by demo too). */
    static void run(Store store, CannedQuery query, Map<String, String> params, OutputFormat format) {
        new QueryRunner(store.dataset()).run(query, params).write(System.out, format);
        System.out.flush();
    }
}

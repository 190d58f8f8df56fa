package org.reformkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reformkg.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extract texts and score them against gold annotations (GOLD/<file name>.json):",
                "P/R/F1 per category, with every miss and every spurious fact.",
                "Example: ./kg eval --gold seeds/gold seeds"})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold JSON files")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "text files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        Inputs.Expanded in = Inputs.expand(paths, List.of(".txt"));
        in.problems().forEach(p -> System.err.println("kg eval: " + p));
        Evaluation.Report report = Evaluation.run(in.files(), gold);
        report.problems().forEach(p -> System.err.println("kg eval: " + Kg.oneLine(p)));
        Evaluation.print(report, System.out);
        return in.problems().isEmpty() && report.problems().isEmpty() ? 0 : 1;
    }
}

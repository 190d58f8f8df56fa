package org.reformkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kg}: the reformkg command line. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "reformkg 0.1.0",
        description = "Turn Chinese reform-policy texts into an RDF knowledge graph with evidence, and query and serve it.",
        subcommands = {ExtractCommand.class, LoadCommand.class, QueryCommand.class, ServeCommand.class,
                DemoCommand.class, EvalCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Kg implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kg());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("kg " + cmd.getCommandName() + ": " + oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

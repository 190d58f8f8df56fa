package org.reformkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.reformkg.rdf.Pipeline;
import org.reformkg.rdf.Vocab;
import org.reformkg.text.Decoder;
import org.reformkg.text.DecodedText;
import org.reformkg.text.UnreadableSourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Turn texts (files or folders of .txt) into RDF, one named graph per source file.",
                "Example: ./kg extract seeds --out out/seeds.trig"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "text files or folders")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file; format from the extension: .trig or .nq")
    Path out;

    @Override
    public Integer call() throws IOException {
        RDFFormat format = formatOf(out);
        if (format == null) {
            System.err.println("kg extract: --out " + out + ": extension must be .trig or .nq");
            return 2;
        }
        Inputs.Expanded in = Inputs.expand(paths, List.of(".txt"));
        in.problems().forEach(p -> System.err.println("kg extract: " + p));
        int failed = in.problems().size();
        int sources = 0;
        long start = System.nanoTime();
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out)); Progress progress = new Progress("extract", in.files().size())) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, format);
            writer.start();
            prefixes(writer);
            for (Path f : in.files()) {
                progress.step(f.getFileName().toString());
                try {
                    DecodedText text = Decoder.read(f);
                    Pipeline.extract(text, writer);
                    sources++;
                } catch (UnreadableSourceException e) {
                    System.err.println("kg extract: " + Kg.oneLine(e.getMessage()));
                    failed++;
                } catch (RuntimeException e) {
                    // analysis runs before a source's quads are written, so a bug on one text leaves the output whole
                    System.err.println("kg extract: " + f + ": extraction failed: " + Kg.oneLine(String.valueOf(e)));
                    failed++;
                }
            }
            writer.finish();
        }
        System.err.printf("kg extract: %d source(s) to %s in %.1f s%s%n", sources, out, (System.nanoTime() - start) / 1e9,
                failed > 0 ? ", " + failed + " failed" : "");
        return failed > 0 ? 1 : 0;
    }

    static RDFFormat formatOf(Path out) {
        String n = out.getFileName().toString().toLowerCase();
        if (n.endsWith(".trig")) return RDFFormat.TRIG_BLOCKS;
        if (n.endsWith(".nq")) return RDFFormat.NQUADS;
        return null;
    }

    static void prefixes(StreamRDF w) {
        w.prefix("rk", Vocab.RK);
        w.prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        w.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        w.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        w.prefix("skos", Vocab.SKOS);
        w.prefix("dcterms", Vocab.DCT);
        w.prefix("prov", Vocab.PROV);
        w.prefix("oa", Vocab.OA);
        w.prefix("org", Vocab.ORG);
        w.prefix("id", Vocab.BASE + "id/");
        w.prefix("src", Vocab.BASE + "source/");
        w.prefix("ev", Vocab.BASE + "evidence/");
    }
}

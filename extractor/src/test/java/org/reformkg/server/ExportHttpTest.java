package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformkg.server.Http.assertOneLine400;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkg.export.ExportFormat;
import org.reformkg.export.Exporter;
import org.reformkg.export.GephiCsvExporter;
import org.reformkg.export.GraphModel;
import org.reformkg.query.SampleData;

/** The graph export over HTTP: every format, the same bytes as the exporters write, with type and file name. */
class ExportHttpTest {

    static Dataset dataset;
    static ReformServer server;
    static GraphModel graph;

    @BeforeAll
    static void start() {
        dataset = SampleData.dataset();
        server = ReformServer.create().dataset(dataset).port(0).build().start();
        graph = GraphModel.read(dataset, GraphModel.DEFAULT_QUERY, Map.of());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<byte[]> export(String query) {
        return Http.getBytes(server.exportUrl() + "?" + query);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void everySingleFileFormat() throws IOException {
        Map<ExportFormat, String[]> expected = new LinkedHashMap<>();
        expected.put(ExportFormat.GRAPHML, new String[] {"application/graphml+xml; charset=utf-8", "reformkg.graphml"});
        expected.put(ExportFormat.GEXF, new String[] {"application/gexf+xml; charset=utf-8", "reformkg.gexf"});
        expected.put(ExportFormat.CYTOSCAPE, new String[] {"application/json; charset=utf-8", "reformkg.cytoscape.json"});
        expected.put(ExportFormat.DOT, new String[] {"text/vnd.graphviz; charset=utf-8", "reformkg.dot"});
        expected.put(ExportFormat.JSONLD, new String[] {"application/ld+json; charset=utf-8", "reformkg.jsonld"});
        expected.put(ExportFormat.TRIG, new String[] {"application/trig; charset=utf-8", "reformkg.trig"});
        for (ExportFormat f : ExportFormat.values()) {
            if (f == ExportFormat.GEPHI_CSV)
                continue;
            String[] typeAndFile = expected.get(f);
            HttpResponse<byte[]> r = export("format=" + f.keyword());
            assertEquals(200, r.statusCode(), f.keyword());
            Http.assertContentType(typeAndFile[0], r, f.keyword());
            assertEquals("attachment; filename=\"" + typeAndFile[1] + "\"", header(r, "Content-Disposition"), f.keyword());
            ByteArrayOutputStream local = new ByteArrayOutputStream();
            ((Exporter.SingleFile) f.exporter()).write(graph, local);
            assertArrayEquals(local.toByteArray(), r.body(), f.keyword() + ": the exporter's own bytes");
        }
        String cytoscape = new String(export("format=cytoscape").body(), StandardCharsets.UTF_8);
        assertTrue(cytoscape.contains("十九届中央全面深化改革委员会第十三次会议"), "UTF-8 labels");
        assertEquals(200, export("format=GraphML").statusCode(), "format is case-insensitive, as on the command line");
    }

    @Test
    void gephiCsvIsAZipOfTheTwoTablesOrOneTable() throws IOException {
        GephiCsvExporter gephi = new GephiCsvExporter();
        ByteArrayOutputStream nodes = new ByteArrayOutputStream(), edges = new ByteArrayOutputStream();
        gephi.writeNodes(graph, nodes);
        gephi.writeEdges(graph, edges);

        HttpResponse<byte[]> zip = export("format=gephi-csv");
        assertEquals(200, zip.statusCode());
        Http.assertContentType("application/zip", zip, "zip");
        assertEquals("attachment; filename=\"reformkg-gephi.zip\"", header(zip, "Content-Disposition"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; )
                entries.put(e.getName(), in.readAllBytes());
        }
        assertEquals(java.util.List.of("reformkg-nodes.csv", "reformkg-edges.csv"), java.util.List.copyOf(entries.keySet()));
        assertArrayEquals(nodes.toByteArray(), entries.get("reformkg-nodes.csv"));
        assertArrayEquals(edges.toByteArray(), entries.get("reformkg-edges.csv"));

        HttpResponse<byte[]> n = export("format=gephi-csv&part=nodes");
        Http.assertContentType("text/csv; charset=utf-8", n, "nodes");
        assertEquals("attachment; filename=\"reformkg-nodes.csv\"", header(n, "Content-Disposition"));
        assertArrayEquals(nodes.toByteArray(), n.body());
        assertArrayEquals(edges.toByteArray(), export("format=gephi-csv&part=edges").body());
    }

    @Test
    void badRequestsAre400NamingTheParameter() {
        assertOneLine400(Http.get(server.exportUrl()), "format", "no format");
        assertOneLine400(Http.get(server.exportUrl() + "?format=pdf"), "format", "unknown format");
        assertOneLine400(Http.get(server.exportUrl() + "?format=graphml&format=gexf"), "format", "repeated");
        assertOneLine400(Http.get(server.exportUrl() + "?format=graphml&part=nodes"), "part", "part of a one-file format");
        assertOneLine400(Http.get(server.exportUrl() + "?format=gephi-csv&part=all"), "part", "unknown part");
        assertOneLine400(Http.get(server.exportUrl() + "?format=graphml&query=approvals"), "query", "no query over HTTP");
        assertOneLine400(Http.get(server.exportUrl() + "?format=graphml&" + Http.enc("x\u001b[31m") + "=1"), "x\\u001b[31m", "odd name");
        assertEquals(405, Http.status(Http.raw(server.port(), "POST", "/reform/export?format=graphml")));
        assertEquals(405, Http.status(Http.raw(server.port(), "TRACE", "/reform/export?format=graphml")));
        assertNull(Http.get(server.exportUrl() + "?format=pdf").headers().firstValue("Content-Disposition").orElse(null));
    }
}

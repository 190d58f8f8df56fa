package org.reformkg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A gold annotation file (format in seeds/gold/SCHEMA.md), reduced to what the scorer compares. */
public record Gold(String doc, List<Meeting> meetings, List<Document> documents, List<Approval> approvals,
                   List<Region> regions, List<Program> programs) {

    public record Meeting(String id, String name, String body, Integer term, Integer ordinal, String date, String chair) {}
    public record Document(String id, String title, String kind, String issuer) {}
    public record Approval(String meeting, String document) {}
    public record Region(String name, String canonical, String level, String parent) {}
    public record Program(String name, List<String> regions) {}

    public static Gold read(Path file) throws IOException {
        JsonObject o;
        try (InputStream in = Files.newInputStream(file)) {
            o = JSON.parse(in);
        }
        List<Meeting> meetings = new ArrayList<>();
        for (JsonValue v : array(o, "meetings")) {
            JsonObject m = v.getAsObject();
            meetings.add(new Meeting(str(m, "id"), str(m, "name"), str(m, "body"), integer(m, "term"), integer(m, "ordinal"),
                    str(m, "date"), str(m, "chair")));
        }
        List<Document> documents = new ArrayList<>();
        for (JsonValue v : array(o, "documents")) {
            JsonObject d = v.getAsObject();
            documents.add(new Document(str(d, "id"), str(d, "title"), str(d, "kind"), str(d, "issuer")));
        }
        List<Approval> approvals = new ArrayList<>();
        for (JsonValue v : array(o, "approvals")) {
            JsonObject a = v.getAsObject();
            approvals.add(new Approval(str(a, "meeting"), str(a, "document")));
        }
        List<Region> regions = new ArrayList<>();
        for (JsonValue v : array(o, "regions")) {
            JsonObject r = v.getAsObject();
            regions.add(new Region(str(r, "name"), str(r, "canonical"), str(r, "level"), str(r, "parent")));
        }
        List<Program> programs = new ArrayList<>();
        for (JsonValue v : array(o, "programs")) {
            JsonObject p = v.getAsObject();
            List<String> where = new ArrayList<>();
            for (JsonValue r : array(p, "regions")) if (r.isString()) where.add(r.getAsString().value());
            programs.add(new Program(str(p, "name"), where));
        }
        return new Gold(str(o, "doc"), meetings, documents, approvals, regions, programs);
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isArray() ? new JsonArray() : v.getAsArray();
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    private static Integer integer(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isNumber() ? null : v.getAsNumber().value().intValue();
    }
}

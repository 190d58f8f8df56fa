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
public record Gold(String doc, List<Meeting> meetings, List<Document> documents, List<Approval> approvals) {

    public record Meeting(String id, String name, String body, Integer term, Integer ordinal, String date, String chair) {}
    public record Document(String id, String title, String kind, String issuer) {}
    public record Approval(String meeting, String document) {}

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
        return new Gold(str(o, "doc"), meetings, documents, approvals);
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

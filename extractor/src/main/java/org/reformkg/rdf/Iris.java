package org.reformkg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Deterministic IRIs. An entity's IRI is {@code https://w3id.org/reformkg/id/TYPE/HASH}, HASH the first
 * 16 hex digits of the SHA-256 of its canonical key, so the same meeting or document found in two
 * sources (or two runs) is one node. A source's IRI, which also names its graph, is derived from its
 * file name.
 */
public final class Iris {
    private Iris() {}

    /** The pattern every IRI reformkg mints matches. */
    public static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(
            "^https://w3id\\.org/reformkg/(?:id/[a-z]+/[0-9a-f]{16}|source/[A-Za-z0-9._~%-]+(?:/s/[0-9]+(?:/(?:pos|quote))?)?|evidence/[0-9a-f]{16}|ontology#[A-Za-z]+)$");

    public static Node entity(String type, String key) {
        return NodeFactory.createURI(Vocab.BASE + "id/" + type + "/" + hash(type + "|" + key));
    }

    public static Node source(String fileName) {
        return NodeFactory.createURI(Vocab.BASE + "source/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    public static Node sentence(Node source, int index) {
        return NodeFactory.createURI(source.getURI() + "/s/" + index);
    }

    public static Node evidence(String sourceName, String factKey) {
        return NodeFactory.createURI(Vocab.BASE + "evidence/" + hash(sourceName + "|" + factKey));
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.reformkg.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A jena-text index that searches a bare run of Chinese as a phrase, and gives each hit once.
 *
 * <p><b>Phrases.</b> Lucene's query parser ORs the words the analyzer cuts a term into, so even
 * with Chinese word segmentation {@code 户籍制度} (户籍 | 制度) would find every text containing
 * 制度. Chinese is written without spaces, so a run typed without spaces means that run: before
 * the query reaches Lucene, every whitespace-separated term outside double quotes that is made of
 * Han characters, Latin letters and digits (with at least one Han character and at least two
 * characters) is put in double quotes — what Lucene's {@code autoGeneratePhraseQueries} does,
 * which jena-text does not expose. The term may carry a leading {@code + - !}, parentheses and a
 * trailing {@code ^boost}. Everything else is Lucene syntax as usual: separate terms are ORed,
 * {@code AND}, {@code OR}, {@code NOT}, quotes, wildcards ({@code 户籍*}), fuzzy and
 * {@code field:term} terms are left exactly as written.
 *
 * <p><b>Once.</b> The index holds one document per quad, so a label stated in two source graphs is
 * two documents; hits equal in all that {@code text:query} can bind (subject, score aside, literal,
 * graph, property) are given once, with the best score.
 */
final class PhraseTextIndex implements TextIndex {

    // [prefix][the run][suffix]: ( + - ! before, ) and ^boost after.
    private static final Pattern BARE_RUN = Pattern.compile(
        "([(+\\-!]*)([\\p{IsHan}\\p{IsLatin}\\p{Nd}]*\\p{IsHan}[\\p{IsHan}\\p{IsLatin}\\p{Nd}]*)(\\)*(?:\\^[0-9]+(?:\\.[0-9]+)?)?\\)*)");

    private final TextIndex lucene;

    PhraseTextIndex(TextIndex lucene) {
        this.lucene = Objects.requireNonNull(lucene, "lucene");
    }

    /**
     * The query string with each bare run of Chinese in double quotes (see the class comment);
     * text inside quotes, escaped characters and every other term are copied unchanged.
     */
    static String phrases(String qs) {
        if (qs == null)
            return null;
        StringBuilder out = new StringBuilder(qs.length() + 8);
        int n = qs.length();
        int i = 0;
        while (i < n) {
            char c = qs.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            if (c == '"') {
                // a quoted phrase, to its closing quote (or the end: Lucene reports that)
                j++;
                while (j < n && qs.charAt(j) != '"')
                    j += qs.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, n);
                out.append(qs, i, j);
            } else {
                while (j < n && !Character.isWhitespace(qs.charAt(j)) && qs.charAt(j) != '"')
                    j += qs.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j, n);
                out.append(phrase(qs.substring(i, j)));
            }
            i = j;
        }
        return out.toString();
    }

    private static String phrase(String term) {
        Matcher m = BARE_RUN.matcher(term);
        if (!m.matches() || m.group(2).codePointCount(0, m.group(2).length()) < 2)
            return term;
        return m.group(1) + '"' + m.group(2) + '"' + m.group(3);
    }

    /** The hits without repeats, in their order (best score first). */
    private static List<TextHit> once(List<TextHit> hits) {
        record Key(Node node, Node literal, Node graph, Node prop) {}
        Set<Key> seen = new HashSet<>();
        List<TextHit> out = new ArrayList<>(hits.size());
        for (TextHit h : hits)
            if (seen.add(new Key(h.getNode(), h.getLiteral(), h.getGraph(), h.getProp())))
                out.add(h);
        return out;
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return once(lucene.query(property, phrases(qs), graphURI, lang));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return once(lucene.query(property, phrases(qs), graphURI, lang, limit));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return once(lucene.query(property, phrases(qs), graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return once(lucene.query(props, phrases(qs), graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(String uid, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return once(lucene.query(uid, props, phrases(qs), graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return once(lucene.query(subj, props, phrases(qs), graphURI, lang, limit, highlight));
    }

    @Override
    public List<TextHit> query(String uid, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return once(lucene.query(uid, property, phrases(qs), graphURI, lang, limit, highlight));
    }

    @Override
    public void prepareCommit() {
        lucene.prepareCommit();
    }

    @Override
    public void commit() {
        lucene.commit();
    }

    @Override
    public void rollback() {
        lucene.rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        lucene.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        lucene.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        lucene.deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return lucene.get(uri);
    }

    @Override
    public EntityDefinition getDocDef() {
        return lucene.getDocDef();
    }

    @Override
    public void close() {
        lucene.close();
    }
}

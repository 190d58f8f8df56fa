package org.reformkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national-level development zones (国家级经济技术开发区 and 国家高新区) with their official names, from the
 * bundled {@code national-zones.tsv}. Texts write zones short (吉林经开区, 昆山开发区, 葛店开发区); the official name
 * of a national zone spells its zone word out (吉林经济技术开发区), while a zone the list lacks is a provincial
 * one, whose 经开区 stands for 经济开发区 (霍山经开区 → 霍山经济开发区).
 */
public final class NationalZones {
    private static final String PATH = "/reformkg/divisions/national-zones.tsv";

    /** Official name → kind ({@code etdz} or {@code htz}), in file order. */
    private final Map<String, String> kindByName;

    NationalZones(Map<String, String> kindByName) {
        this.kindByName = Collections.unmodifiableMap(kindByName);
    }

    public static NationalZones get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NationalZones INSTANCE = load();
    }

    private static NationalZones load() {
        InputStream in = NationalZones.class.getResourceAsStream(PATH);
        if (in == null) throw new IllegalStateException("missing classpath resource " + PATH);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH, e);
        }
    }

    /**
     * Reads rows {@code name, kind, province} after a header line; {@code #} lines are comments.
     *
     * @throws IllegalStateException naming the line when a row is malformed or a name repeats
     */
    static NationalZones read(BufferedReader r) throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        boolean header = true;
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || !(f[1].equals("etdz") || f[1].equals("htz")))
                throw new IllegalStateException(PATH + " line " + lineNo + ": expected name, etdz|htz, province");
            if (kinds.put(f[0], f[1]) != null) throw new IllegalStateException(PATH + " line " + lineNo + ": " + f[0] + " listed twice");
        }
        return new NationalZones(kinds);
    }

    public boolean isNational(String name) {
        return kindByName.containsKey(name);
    }

    /**
     * The official name a zone written with a short zone word stands for, or null when the form is not short or
     * the list does not settle it. {@code X经开区} and a bare {@code X开发区} are the national economic and
     * technological development zone named {@code X经济技术开发区}, or the one national zone of that kind whose
     * name starts with X (漳州开发区 → 漳州招商局经济技术开发区); failing that, X经开区 is the provincial
     * {@code X经济开发区}. {@code X高新区} is {@code X高新技术产业开发区}, national or not.
     */
    public String officialName(String written) {
        if (written.endsWith("高新区")) return head(written, "高新区") + "高新技术产业开发区";
        String head;
        if (written.endsWith("经开区")) head = head(written, "经开区");
        else if (written.endsWith("开发区") && !written.matches(".*(?:经济|经济技术|高新技术产业|高新技术)开发区")) head = head(written, "开发区");
        else return null;
        if (head.length() < 2) return null;
        String exact = head + "经济技术开发区";
        if (kindByName.containsKey(exact)) return exact;
        List<String> starting = new ArrayList<>();
        for (var e : kindByName.entrySet())
            if (e.getValue().equals("etdz") && e.getKey().startsWith(head) && e.getKey().endsWith("开发区")) starting.add(e.getKey());
        if (starting.size() == 1) return starting.get(0);
        return written.endsWith("经开区") ? head + "经济开发区" : null;
    }

    private static String head(String written, String word) {
        return written.substring(0, written.length() - word.length());
    }
}

package org.reformkg.resolve;

import java.util.List;
import org.reformkg.extract.PartialDate;

/**
 * Canonical entities of one source and the facts between them, each with its evidence. Keys are
 * deterministic and source-independent, so the same meeting found in two sources gets the same key
 * (and so the same IRI).
 */
public record Resolution(List<Meeting> meetings, List<Document> documents, List<Link> links, List<Region> regions,
                         List<Program> programs, List<Person> persons, List<Organization> organizations) {
    public Resolution {
        programs = List.copyOf(programs);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        meetings = List.copyOf(meetings);
        documents = List.copyOf(documents);
        links = List.copyOf(links);
        regions = List.copyOf(regions);
    }

    /** A named reform program with its aliases and the regions the text places it in (keys of {@link Region}). */
    public record Program(String key, String name, List<String> aliases, List<Claim<String>> regionKeys, Evidence mention) {
        public Program { aliases = List.copyOf(aliases); regionKeys = List.copyOf(regionKeys); }
    }

    /** A person with roles as written, the meetings attended (keys) and the regions of the posts (keys). */
    public record Person(String key, String name, List<String> roles, List<Claim<String>> attendedMeetingKeys,
                         List<Claim<String>> postRegionKeys, Evidence mention) {
        public Person {
            roles = List.copyOf(roles);
            attendedMeetingKeys = List.copyOf(attendedMeetingKeys);
            postRegionKeys = List.copyOf(postRegionKeys);
        }
    }

    /** An organisation by its full name, with the names the text uses for it and its kind. */
    public record Organization(String key, String name, List<String> aliases, String kind, Evidence mention) {
        public Organization { aliases = List.copyOf(aliases); }
    }

    /**
     * A region: a division of the data (key division|CODE, with its code) or a place known only from the
     * text (key place|NAME|PARENT-KEY). {@code mentioned} is false for ancestors the text never names.
     */
    public record Region(String key, String name, String level, String code, String parentKey, List<String> aliases,
                         boolean mentioned, Evidence mention) {
        public Region { aliases = List.copyOf(aliases); }
    }

    /**
     * A meeting. {@code body}, {@code term}, {@code ordinal}, {@code date}, {@code chair} and {@code placeKey}
     * (the key of the region where it was held) may be null.
     * {@code term} is a claim because it may be inferred (from the date) rather than written.
     */
    public record Meeting(String key, String name, List<String> aliases, Claim<String> body, Claim<Integer> term,
                          Integer ordinal, Claim<PartialDate> date, Claim<String> chair, Claim<String> placeKey,
                          Evidence mention) {
        public Meeting { aliases = List.copyOf(aliases); }
    }

    /** A policy document; {@code issuers} are canonical organisation names. */
    public record Document(String key, String title, String kind, List<Claim<String>> issuers, Evidence mention) {
        public Document { issuers = List.copyOf(issuers); }
    }

    /** The meeting approved ({@code approved}) or only reviewed the document. */
    public record Link(String meetingKey, String documentKey, boolean approved, Evidence evidence) {}
}

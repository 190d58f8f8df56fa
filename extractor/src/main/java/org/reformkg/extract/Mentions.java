package org.reformkg.extract;

import java.util.List;
import org.reformkg.text.Sentence;

/** Everything the mention rules found in one source, in text order. */
public record Mentions(List<Sentence> sentences, List<MeetingMention> meetings,
                       List<DocumentMention> documents, List<DateMention> dates, List<PlaceMention> places,
                       List<ProgramMention> programs, List<PersonMention> persons, List<OrganizationMention> organizations) {
    public Mentions {
        sentences = List.copyOf(sentences);
        meetings = List.copyOf(meetings);
        documents = List.copyOf(documents);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        programs = List.copyOf(programs);
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
    }
}

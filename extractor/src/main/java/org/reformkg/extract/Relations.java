package org.reformkg.extract;

import java.util.List;
import org.reformkg.text.Sentence;

/** The relations found between mentions of one source. */
public record Relations(List<MeetingDate> meetingDates, List<Approval> approvals, List<Chair> chairs,
                        List<Issuance> issuances, List<MeetingPlace> places) {
    public Relations {
        places = List.copyOf(places);
        meetingDates = List.copyOf(meetingDates);
        approvals = List.copyOf(approvals);
        chairs = List.copyOf(chairs);
        issuances = List.copyOf(issuances);
    }

    /** The meeting took place on this date. */
    public record MeetingDate(MeetingMention meeting, DateMention date, String rule, double confidence) {}

    /** The meeting approved (审议通过) or only reviewed (审议) the document. */
    public record Approval(MeetingMention meeting, DocumentMention document, boolean approved, Sentence evidence,
                           String rule, double confidence) {}

    /** The person chaired (主持) the meeting. */
    public record Chair(MeetingMention meeting, String person, Sentence evidence, String rule, double confidence) {}

    /** The meeting took place at this place (在北京召开). */
    public record MeetingPlace(MeetingMention meeting, PlaceMention place, Sentence evidence, String rule, double confidence) {}

    /** The organisations issued (印发) the document; names are canonical full names. */
    public record Issuance(DocumentMention document, List<String> issuers, Sentence evidence, String rule,
                           double confidence) {}
}

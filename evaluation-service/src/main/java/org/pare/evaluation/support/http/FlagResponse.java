package org.pare.evaluation.support.http;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.support.app.HandlingSupportFlags;
import org.pare.evaluation.support.domain.Reason;

/** A flag as a lead or academic assessor sees it: reasons as codes, its state and the notes left on it. */
@Serdeable
record FlagResponse(
        UUID id,
        UUID learnerId,
        String state,
        List<String> reasons,
        String assignedTo,
        String contact,
        Instant raisedAt,
        List<NoteView> notes) {
    @Serdeable
    record NoteView(String author, String action, String note, Instant at) {}

    static FlagResponse of(HandlingSupportFlags.Seen s) {
        var f = s.flag();
        return new FlagResponse(
                f.id(),
                f.learnerId(),
                f.state().name(),
                f.reasons().stream().map(Reason::name).toList(),
                f.assignedTo(),
                f.contact(),
                f.raisedAt(),
                s.notes().stream()
                        .map(n -> new NoteView(n.author(), n.action(), n.note(), n.at()))
                        .toList());
    }

    static FlagResponse of(org.pare.evaluation.support.domain.SupportFlag f) {
        return of(new HandlingSupportFlags.Seen(f, List.of()));
    }
}

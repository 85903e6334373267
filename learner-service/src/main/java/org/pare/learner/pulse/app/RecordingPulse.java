package org.pare.learner.pulse.app;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PulseRecorded;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.person.persistence.PersonDirectory;
import org.pare.learner.pulse.domain.Pulse;
import org.pare.learner.pulse.persistence.PulseRepository;
import org.pare.learner.shared.domain.Refusal;
import org.pare.messaging.micronaut.Outbox;

/**
 * Recording today's check-in. One per learner per day: a second one the same day is refused (409), not
 * merged, because the first was already announced and may have raised a support flag; replacing it would
 * rewrite what others acted on. "Today" is the UK calendar day, where the placements are.
 */
@Singleton
public class RecordingPulse {
    static final ZoneId PLACEMENT_ZONE = ZoneId.of("Europe/London");
    private final TransactionOperations<Connection> transactions;
    private final PersonDirectory people;
    private final PulseRepository repository;
    private final Outbox outbox;
    private final Clock clock = Clock.system(PLACEMENT_ZONE);

    RecordingPulse(
            TransactionOperations<Connection> transactions,
            PersonDirectory people,
            PulseRepository repository,
            Outbox outbox) {
        this.transactions = transactions;
        this.people = people;
        this.repository = repository;
        this.outbox = outbox;
    }

    /** The answers of a check-in as the learner gave them. */
    public record Answers(
            boolean treatedWithDignity,
            boolean hadWhatTheyNeeded,
            boolean recognised,
            Integer mood,
            String note,
            boolean contactRequested) {}

    @Transactional(rollbackFor = SQLException.class)
    public Pulse record(String loginId, Answers a) throws SQLException {
        PersonId learner = people.caller(loginId);
        var pulse = new Pulse(
                UUID.randomUUID(),
                learner,
                LocalDate.now(clock),
                a.treatedWithDignity(),
                a.hadWhatTheyNeeded(),
                a.recognised(),
                a.mood(),
                a.note(),
                a.contactRequested(),
                clock.instant());
        if (!repository.insertIfFirstOfDay(transactions.getConnection(), pulse)) {
            throw Refusal.conflict("you have already checked in today");
        }
        outbox.publish(LearnerTopics.PULSE, PulseRecorded.TYPE, learner.toString(), pulse.recorded());
        return pulse;
    }

    @Transactional(readOnly = true, rollbackFor = SQLException.class)
    public Optional<Pulse> today(String loginId) throws SQLException {
        PersonId learner = people.caller(loginId);
        return repository.of(transactions.getConnection(), learner, LocalDate.now(clock));
    }
}

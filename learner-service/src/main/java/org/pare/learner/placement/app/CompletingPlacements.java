package org.pare.learner.placement.app;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PlacementCompleted;
import org.pare.messaging.micronaut.Outbox;
import org.pare.messaging.micronaut.Sql;

/**
 * Completes placements whose end date has passed. Safe to run twice and on several instances at once: one
 * UPDATE flips ACTIVE to COMPLETED and returns only the rows it flipped (a concurrent run waits on the row
 * locks, then finds them no longer ACTIVE), and the events are written in the same transaction.
 */
@Singleton
public class CompletingPlacements {
    private static final String COMPLETE = "UPDATE placement SET status = 'COMPLETED', completed_at = now(),"
            + " updated_at = now() WHERE status = 'ACTIVE' AND end_date < ?"
            + " RETURNING id, learner_id, university_id, area_id, start_date, end_date";

    private final Sql sql;
    private final Outbox outbox;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock = Clock.systemDefaultZone();

    public CompletingPlacements(Sql sql, Outbox outbox, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @Scheduled(
            fixedDelay = "${pare.placements.completion.interval:15m}",
            initialDelay = "${pare.placements.completion.initial-delay:1m}")
    void onSchedule() {
        completeEndedBefore(LocalDate.now(clock));
    }

    /** @return the placements completed by this call (none when another run got there first) */
    public List<PlacementCompleted> completeEndedBefore(LocalDate today) {
        return transactions.executeWrite(status -> {
            List<PlacementCompleted> completed = sql.list(
                    COMPLETE,
                    row -> new PlacementCompleted(
                            row.getObject("id", UUID.class),
                            row.getObject("learner_id", UUID.class),
                            row.getObject("university_id", UUID.class),
                            row.getObject("area_id", UUID.class),
                            Sql.date(row, "start_date"),
                            Sql.date(row, "end_date")),
                    today);
            completed.forEach(event -> outbox.publish(
                    LearnerTopics.PLACEMENT,
                    PlacementCompleted.TYPE,
                    event.placementId().toString(),
                    event));
            return completed;
        });
    }
}

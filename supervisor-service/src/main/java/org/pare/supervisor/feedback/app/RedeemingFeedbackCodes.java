package org.pare.supervisor.feedback.app;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.feedback.domain.FeedbackCode;
import org.pare.supervisor.feedback.persistence.FeedbackCodes;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;

/**
 * A supervisor types or scans a learner's code and gets that learner, if the learner is assigned to them. The
 * attempt is counted in its own transaction first, so a refused guess still counts towards the limit.
 */
@Singleton
public class RedeemingFeedbackCodes {
    public static final int ATTEMPTS_PER_MINUTE = 10;
    private final TransactionOperations<Connection> transactions;
    private final People people;
    private final FeedbackCodes codes;
    private final Placements placements;
    private final Clock clock;

    RedeemingFeedbackCodes(
            TransactionOperations<Connection> transactions,
            People people,
            FeedbackCodes codes,
            Placements placements,
            Clock clock) {
        this.transactions = transactions;
        this.people = people;
        this.codes = codes;
        this.placements = placements;
        this.clock = clock;
    }

    public record Redeemed(UUID learnerId, String learnerName, UUID placementId, String areaName) {}

    public Redeemed redeem(String loginId, String typed) {
        Instant now = clock.instant();
        UUID me = transactions.executeWrite(status -> {
            UUID caller = people.caller(loginId);
            if (codes.attempt(caller, now, now.minus(Duration.ofMinutes(1))) > ATTEMPTS_PER_MINUTE) {
                throw new Refusal(Refusal.Kind.TOO_MANY, "too many codes tried; wait a minute and try again");
            }
            return caller;
        });
        return transactions.executeWrite(status -> redeem(me, typed, now));
    }

    private Redeemed redeem(UUID me, String typed, Instant now) {
        FeedbackCode code = FeedbackCode.typed(typed).orElseThrow(() -> Refusal.notFound("feedback code"));
        var issued = codes.forUpdate(code).orElseThrow(() -> Refusal.notFound("feedback code"));
        if (issued.usedAt() != null) {
            throw Refusal.conflict("this code was already used; ask the learner for a new one");
        }
        if (!issued.expiresAt().isAfter(now)) {
            throw new Refusal(Refusal.Kind.GONE, "this code has expired; ask the learner for a new one");
        }
        // Not assigned: the same answer as an unknown code, and the code stays usable by an assigned supervisor.
        var placement =
                placements.supervisedBy(me, issued.learnerId()).orElseThrow(() -> Refusal.notFound("feedback code"));
        codes.use(code, me, now);
        String name = people.name(issued.learnerId()).orElse("A learner");
        return new Redeemed(issued.learnerId(), name, placement.id(), placement.areaName());
    }
}

package org.pare.supervisor.signoff.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** Shares addressed to someone not assigned to the learner: kept out of the queue, readable by no API. */
@Singleton
public class HeldShares {
    private final Sql sql;

    public HeldShares(Sql sql) {
        this.sql = sql;
    }

    /** A share for someone with no relationship to the learner: kept out of the queue; a redelivery adds nothing. */
    public void hold(
            UUID reflectionId,
            UUID learnerId,
            UUID placementId,
            UUID personId,
            String purpose,
            Instant sharedAt,
            Instant heldAt) {
        sql.update(
                "INSERT INTO held_share (reflection_id, person_id, learner_id, placement_id, purpose, shared_at,"
                        + " held_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reflection_id, person_id) DO UPDATE"
                        + " SET purpose = excluded.purpose, shared_at = excluded.shared_at",
                reflectionId,
                personId,
                learnerId,
                placementId,
                purpose,
                Timestamp.from(sharedAt),
                Timestamp.from(heldAt));
    }

    /**
     * Moves into the queue the held shares of a placement whose person now supervises or assesses its learner.
     *
     * @return how many were released
     */
    public int release(UUID placementId) {
        String related = " FROM held_share h JOIN placement p ON p.id = h.placement_id AND p.learner_id = h.learner_id"
                + " WHERE h.placement_id = ? AND (p.practice_assessor_id = h.person_id OR EXISTS (SELECT 1 FROM"
                + " placement_supervisor s WHERE s.placement_id = p.id AND s.person_id = h.person_id))";
        int released = sql.update(
                "INSERT INTO queue_item (reflection_id, supervisor_id, learner_id, placement_id, purpose, shared_at,"
                        + " status) SELECT h.reflection_id, h.person_id, h.learner_id, h.placement_id, h.purpose,"
                        + " h.shared_at, CASE WHEN EXISTS (SELECT 1 FROM sign_off o WHERE o.reflection_id ="
                        + " h.reflection_id) THEN 'CLOSED' ELSE 'WAITING' END" + related
                        + " ON CONFLICT (reflection_id, supervisor_id) DO NOTHING",
                placementId);
        sql.update(
                "DELETE FROM held_share WHERE (reflection_id, person_id) IN (SELECT h.reflection_id, h.person_id"
                        + related + ")",
                placementId);
        return released;
    }
}

package org.pare.evaluation.invitation.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.invitation.domain.Invitation;
import org.pare.messaging.micronaut.Sql;

/** Invitations and the return counts they feed; both change in the caller's transaction. */
@Singleton
public class InvitationRepository {
    private static final String COLUMNS = "i.id, i.learner_id, i.placement_id, i.area_id, i.questionnaire_version,"
            + " i.profession_group, p.end_date, i.invited_at, i.due_on, i.state";
    private static final String FROM = " FROM invitation i JOIN placement p ON p.id = i.placement_id";
    private final Sql sql;

    public InvitationRepository(Sql sql) {
        this.sql = sql;
    }

    /** @return false when the placement already has its invitation (a redelivered completion) */
    public boolean insertIfAbsent(Invitation i) {
        int inserted = sql.update(
                "INSERT INTO invitation (id, learner_id, placement_id, area_id, questionnaire_version, profession_group,"
                        + " period, invited_at, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (placement_id) DO NOTHING",
                i.id(),
                i.learnerId(),
                i.placementId(),
                i.areaId(),
                i.questionnaireVersion(),
                i.professionGroup(),
                i.period(),
                Timestamp.from(i.invitedAt()),
                i.dueOn());
        if (inserted == 1) {
            sql.update(
                    "INSERT INTO rollup_invitation (area_id, period, profession_group, invited) VALUES (?, ?, ?, 1)"
                            + " ON CONFLICT (area_id, period, profession_group)"
                            + " DO UPDATE SET invited = rollup_invitation.invited + 1",
                    i.areaId(),
                    i.period(),
                    i.professionGroup());
        }
        return inserted == 1;
    }

    public Optional<Invitation> findForUpdate(UUID id) {
        return sql.one(
                "SELECT " + COLUMNS + FROM + " WHERE i.id = ? FOR UPDATE OF i", InvitationRepository::invitation, id);
    }

    public Optional<Invitation> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + FROM + " WHERE i.id = ?", InvitationRepository::invitation, id);
    }

    public record Listed(Invitation invitation, String areaName) {}

    public List<Listed> ofLearner(UUID learnerId) {
        return sql.list(
                "SELECT " + COLUMNS + ", a.name AS area_name" + FROM + " JOIN placement_area a ON a.id = i.area_id"
                        + " WHERE i.learner_id = ? ORDER BY i.state, i.due_on",
                row -> new Listed(invitation(row), row.getString("area_name")),
                learnerId);
    }

    public void markReturned(Invitation i, LocalDate on) {
        sql.update("UPDATE invitation SET state = 'RETURNED', returned_on = ? WHERE id = ?", on, i.id());
        sql.update(
                "UPDATE rollup_invitation SET returned = returned + 1"
                        + " WHERE area_id = ? AND period = ? AND profession_group = ?",
                i.areaId(),
                i.period(),
                i.professionGroup());
    }

    public Optional<LocalDate> finalInterviewOn(UUID placementId) {
        return sql.one(
                        "SELECT final_interview_on FROM placement WHERE id = ?",
                        row -> Optional.ofNullable(row.getObject(1, LocalDate.class)),
                        placementId)
                .flatMap(d -> d);
    }

    static Invitation invitation(ResultSet row) throws SQLException {
        return new Invitation(
                row.getObject("id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("placement_id", UUID.class),
                row.getObject("area_id", UUID.class),
                row.getInt("questionnaire_version"),
                row.getString("profession_group"),
                row.getObject("end_date", LocalDate.class),
                row.getTimestamp("invited_at").toInstant(),
                row.getObject("due_on", LocalDate.class),
                Invitation.State.valueOf(row.getString("state")));
    }
}

package org.pare.learner.reflection.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.ReflectionShared;
import org.pare.learner.reflection.app.FeedbackReceived;
import org.pare.learner.reflection.app.Share;

/** Who a reflection was shared with, and the feedback a learner received. */
@Singleton
public class SharesAndFeedback {
    private final JsonMapper json;

    SharesAndFeedback(JsonMapper json) {
        this.json = json;
    }

    public void record(Connection connection, ReflectionShared shared) throws SQLException {
        String sql = "INSERT INTO reflection_share (reflection_id, supervisor_id, placement_id, purpose, shared_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reflection_id, supervisor_id) DO UPDATE"
                + " SET placement_id = EXCLUDED.placement_id, purpose = EXCLUDED.purpose, shared_at = EXCLUDED.shared_at";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (UUID supervisor : shared.supervisorIds()) {
                insert.setObject(1, shared.reflectionId());
                insert.setObject(2, supervisor);
                insert.setObject(3, shared.placementId());
                insert.setString(4, shared.purpose().name());
                insert.setTimestamp(5, Timestamp.from(shared.sharedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public List<Share> sharesOf(Connection connection, UUID reflectionId) throws SQLException {
        String sql = "SELECT supervisor_id, purpose, shared_at FROM reflection_share WHERE reflection_id = ?"
                + " ORDER BY shared_at, supervisor_id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, reflectionId);
            List<Share> shares = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    shares.add(new Share(
                            rows.getObject(1, UUID.class),
                            ReflectionShared.Purpose.valueOf(rows.getString(2)),
                            rows.getTimestamp(3).toInstant()));
                }
            }
            return shares;
        }
    }

    /** Stores feedback once; the same feedback again is ignored. */
    public void record(Connection connection, FeedbackReceived feedback) throws SQLException {
        String sql = "INSERT INTO feedback_received (feedback_id, learner_id, supervisor_id, reflection_id, tags,"
                + " given_at) VALUES (?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (feedback_id) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, feedback.feedbackId());
            insert.setObject(2, feedback.learnerId());
            insert.setObject(3, feedback.supervisorId());
            insert.setObject(4, feedback.reflectionId());
            insert.setString(5, json.writeValueAsString(feedback.tags()));
            insert.setTimestamp(6, Timestamp.from(feedback.givenAt()));
            insert.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<FeedbackReceived> feedbackOn(Connection connection, UUID reflectionId) throws SQLException {
        return feedbackWhere(connection, "reflection_id", reflectionId);
    }

    /** All feedback a learner received, about a reflection or not, newest first. */
    public List<FeedbackReceived> feedbackFor(Connection connection, UUID learnerId) throws SQLException {
        return feedbackWhere(connection, "learner_id", learnerId);
    }

    private List<FeedbackReceived> feedbackWhere(Connection connection, String column, UUID id) throws SQLException {
        String sql = "SELECT feedback_id, learner_id, supervisor_id, reflection_id, tags::text, given_at"
                + " FROM feedback_received WHERE " + column + " = ? ORDER BY given_at DESC";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            List<FeedbackReceived> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new FeedbackReceived(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class),
                            rows.getObject(4, UUID.class),
                            json.readValue(rows.getString(5), Argument.listOf(String.class)),
                            rows.getTimestamp(6).toInstant()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

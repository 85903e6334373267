package org.pare.learner.allocation.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.allocation.domain.Upload;
import org.pare.messaging.micronaut.Sql;

@Singleton
public class UploadRepository {
    private final Sql sql;

    public UploadRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(Upload u) {
        sql.update(
                "INSERT INTO allocation_upload (id, university_id, uploaded_by, file_sha256, row_count,"
                        + " placements_created, placements_updated, placements_unchanged, people_created,"
                        + " people_updated, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.id(),
                u.universityId(),
                u.uploadedBy(),
                u.fileSha256(),
                u.rowCount(),
                u.placementsCreated(),
                u.placementsUpdated(),
                u.placementsUnchanged(),
                u.peopleCreated(),
                u.peopleUpdated(),
                Timestamp.from(u.uploadedAt()));
    }

    /** Only the university's own uploads: another university's is as good as absent. */
    public Optional<Upload> find(UUID id, UUID university) {
        return sql.one(
                "SELECT * FROM allocation_upload WHERE id = ? AND university_id = ?",
                UploadRepository::upload,
                id,
                university);
    }

    /** The university's latest uploads, newest first. */
    public List<Upload> latest(UUID university, int limit) {
        return sql.list(
                "SELECT * FROM allocation_upload WHERE university_id = ? ORDER BY uploaded_at DESC LIMIT ?",
                UploadRepository::upload,
                university,
                limit);
    }

    private static Upload upload(ResultSet row) throws SQLException {
        return new Upload(
                row.getObject("id", UUID.class),
                row.getObject("university_id", UUID.class),
                row.getString("uploaded_by"),
                row.getString("file_sha256"),
                row.getInt("row_count"),
                row.getInt("placements_created"),
                row.getInt("placements_updated"),
                row.getInt("placements_unchanged"),
                row.getInt("people_created"),
                row.getInt("people_updated"),
                row.getTimestamp("uploaded_at").toInstant());
    }
}

package org.pare.evaluation.support.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** The audit of reads of learners' support flags and environment signals, written in the read's transaction. */
@Singleton
public class FlagReads {
    private final Sql sql;

    public FlagReads(Sql sql) {
        this.sql = sql;
    }

    public enum Kind {
        FLAG,
        ENVIRONMENT_SIGNAL
    }

    /** One read: who (login id and the role they read as) read which learner's flag or signal, and when. */
    public record Entry(String readerLoginId, String readerRole, UUID learnerId, UUID flagId, Kind kind, Instant at) {}

    public void record(UUID trustId, Entry e) {
        sql.update(
                "INSERT INTO support_flag_read (id, trust_id, reader_login_id, reader_role, learner_id, flag_id, kind,"
                        + " read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                trustId,
                e.readerLoginId(),
                e.readerRole(),
                e.learnerId(),
                e.flagId(),
                e.kind().name(),
                Timestamp.from(e.at()));
    }

    /** One page of the reads of the trust's learners' flags and signals, newest first. */
    public List<Entry> page(UUID trustId, int page, int size) {
        return sql.list(
                "SELECT reader_login_id, reader_role, learner_id, flag_id, kind, read_at FROM support_flag_read"
                        + " WHERE trust_id = ? ORDER BY read_at DESC, id LIMIT ? OFFSET ?",
                row -> new Entry(
                        row.getString(1),
                        row.getString(2),
                        row.getObject(3, UUID.class),
                        row.getObject(4, UUID.class),
                        Kind.valueOf(row.getString(5)),
                        row.getTimestamp(6).toInstant()),
                trustId,
                size,
                page * size);
    }
}

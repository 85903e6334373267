package org.pare.supervisor.person.persistence;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.shared.domain.Refusal;

/** This service's copy of the people directory: login id (the token's sub) to person id, and names for pages. */
@Singleton
public class People {
    private final Sql sql;

    public People(Sql sql) {
        this.sql = sql;
    }

    /** Registered or changed: the event carries the whole new state, so the latest one wins. */
    public void save(UUID personId, String loginId, String name) {
        sql.update(
                "INSERT INTO person (id, login_id, name) VALUES (?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET login_id = excluded.login_id, name = excluded.name",
                personId,
                loginId,
                name);
    }

    /** The caller's person id; a subject nobody allocated is refused (403), not treated as a stranger. */
    public UUID caller(String loginId) {
        return sql.one("SELECT id FROM person WHERE login_id = ?", row -> row.getObject(1, UUID.class), loginId)
                .orElseThrow(() -> Refusal.forbidden("you are not known to this service"));
    }

    public Optional<String> name(UUID personId) {
        return sql.one("SELECT name FROM person WHERE id = ?", row -> row.getString(1), personId);
    }
}

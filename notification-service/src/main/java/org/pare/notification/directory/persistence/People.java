package org.pare.notification.directory.persistence;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** This service's copy of the people directory: how to address a person, and who a token's subject is. */
@Singleton
public class People {
    private final Sql sql;

    People(Sql sql) {
        this.sql = sql;
    }

    /** Registered or changed: the record carries the whole new state, so the latest simply wins. */
    public void save(UUID personId, String loginId, String name, String email) {
        sql.update(
                """
                INSERT INTO person (person_id, login_id, name, email) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE
                SET login_id = EXCLUDED.login_id, name = EXCLUDED.name, email = EXCLUDED.email""",
                personId,
                loginId,
                name,
                email);
    }

    public Optional<UUID> personOfLogin(String loginId) {
        return sql.one("SELECT person_id FROM person WHERE login_id = ?", row -> row.getObject(1, UUID.class), loginId);
    }

    public Optional<Contact> contactOf(UUID personId) {
        return sql.one(
                "SELECT login_id, email FROM person WHERE person_id = ?",
                row -> new Contact(row.getString(1), row.getString(2)),
                personId);
    }

    public Optional<Contact> contactOfLogin(String loginId) {
        return sql.one(
                "SELECT login_id, email FROM person WHERE login_id = ? LIMIT 1",
                row -> new Contact(row.getString(1), row.getString(2)),
                loginId);
    }

    /** @param email absent when the directory has none */
    public record Contact(String loginId, String email) {}
}

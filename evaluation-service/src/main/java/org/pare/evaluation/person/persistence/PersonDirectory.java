package org.pare.evaluation.person.persistence;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.messaging.micronaut.Sql;

/** This service's copy of the people directory: maps a token's subject to a person id. */
@Singleton
public class PersonDirectory {
    private final Sql sql;

    public PersonDirectory(Sql sql) {
        this.sql = sql;
    }

    /** The whole new state of a person; an older login id for the same person is replaced. */
    public void record(UUID personId, String loginId, String name, String professionalGroup) {
        sql.update("DELETE FROM person WHERE login_id = ? AND id <> ?", loginId, personId);
        sql.update(
                "INSERT INTO person (id, login_id, name, professional_group) VALUES (?, ?, ?, ?) ON CONFLICT (id)"
                        + " DO UPDATE SET login_id = EXCLUDED.login_id, name = EXCLUDED.name,"
                        + " professional_group = EXCLUDED.professional_group",
                personId,
                loginId,
                name,
                professionalGroup);
    }

    /** The caller's person id; a subject nobody allocated is refused (403), never treated as someone else. */
    public UUID caller(String loginId) {
        return find(loginId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.UNKNOWN_CALLER, "you are not known to this service"));
    }

    public Optional<UUID> find(String loginId) {
        return sql.one("SELECT id FROM person WHERE login_id = ?", row -> row.getObject(1, UUID.class), loginId);
    }
}

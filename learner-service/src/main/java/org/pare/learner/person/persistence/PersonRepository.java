package org.pare.learner.person.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.Person;
import org.pare.learner.person.domain.PersonDetails;
import org.pare.learner.person.domain.PersonId;
import org.pare.messaging.micronaut.Sql;

@Singleton
public class PersonRepository {
    private final Sql sql;

    public PersonRepository(Sql sql) {
        this.sql = sql;
    }

    /** Locks the row, so that two uploads naming one person change it one after the other. */
    public Optional<Person> findByLoginForUpdate(String login) {
        return sql.one(
                "SELECT id, login_id, name, email, professional_group FROM person WHERE login_id = ? FOR UPDATE",
                PersonRepository::person,
                login);
    }

    /** @return false when a concurrent upload registered the same login first (that row then wins) */
    public boolean insertIfAbsent(Person person) {
        return 1
                == sql.update(
                        "INSERT INTO person (id, login_id, name, email, professional_group) VALUES (?, ?, ?, ?, ?)"
                                + " ON CONFLICT (login_id) DO NOTHING",
                        person.id().value(),
                        person.details().login(),
                        person.details().name(),
                        person.details().email(),
                        person.professionalGroup());
    }

    public void update(Person person) {
        sql.update(
                "UPDATE person SET name = ?, email = ?, professional_group = ?, updated_at = now() WHERE id = ?",
                person.details().name(),
                person.details().email(),
                person.professionalGroup(),
                person.id().value());
    }

    private static Person person(ResultSet row) throws SQLException {
        return new Person(
                new PersonId(row.getObject("id", UUID.class)),
                new PersonDetails(row.getString("login_id"), row.getString("name"), row.getString("email")),
                row.getString("professional_group"));
    }
}

package org.pare.notification.email.persistence;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** Where e-mail for a role in an organisation goes; without one, such messages reach the inbox only. */
@Singleton
public class OrganisationContacts {
    private final Sql sql;

    OrganisationContacts(Sql sql) {
        this.sql = sql;
    }

    public Optional<String> of(UUID organisationId, String role) {
        return sql.one(
                "SELECT email FROM organisation_contact WHERE org_id = ? AND role = ?",
                row -> row.getString(1),
                organisationId,
                role);
    }

    public void set(UUID organisationId, String role, String email) {
        sql.update(
                """
                INSERT INTO organisation_contact (org_id, role, email) VALUES (?, ?, ?)
                ON CONFLICT (org_id, role) DO UPDATE SET email = EXCLUDED.email""",
                organisationId,
                role,
                email);
    }

    public void remove(UUID organisationId, String role) {
        sql.update("DELETE FROM organisation_contact WHERE org_id = ? AND role = ?", organisationId, role);
    }
}

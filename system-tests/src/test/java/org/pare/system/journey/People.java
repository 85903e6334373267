package org.pare.system.journey;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.pare.system.harness.PareSystem;
import org.pare.testing.Postgres;

/** The journey's people, each with a token as the identity provider would issue it (roles and org claims). */
public final class People {
    private final PareSystem system;
    private final Cohort cohort;
    private UUID trust;

    People(PareSystem system, Cohort cohort) {
        this.system = system;
        this.cohort = cohort;
    }

    public Actor admin() {
        return as("PLACEMENT_ADMIN", cohort.adminLogin(), cohort.university());
    }

    public Actor learner() {
        return learner(0);
    }

    Actor learner(int index) {
        return as("LEARNER", cohort.learners().get(index).login(), null);
    }

    /** Another learner on the same ward: no relationship to the first learner's records. */
    public Actor otherLearner() {
        return learner(1);
    }

    public Actor supervisor() {
        return as("PRACTICE_SUPERVISOR", cohort.supervisor().login(), null);
    }

    public Actor assessor() {
        return as("PRACTICE_ASSESSOR", cohort.assessor().login(), null);
    }

    public Actor academic() {
        return as("ACADEMIC_ASSESSOR", cohort.academic().login(), cohort.university());
    }

    public Actor lead() {
        return as("EDUCATION_LEAD", cohort.leadLogin(), trust());
    }

    String leadEmail() {
        return cohort.leadLogin() + "@example.org";
    }

    /** The education lead asks for the trust's messages by e-mail as well as in the inbox. */
    void leadSetsTheTrustsContactAddress() {
        lead().put(system.notification().url() + "/api/organisation-contact", Map.of("email", leadEmail()));
    }

    private Actor as(String role, String login, UUID organisation) {
        return new Actor(login, system.tokens().forRole(role, login, organisation));
    }

    /**
     * The trust's id, which an identity provider's administrator would put in the lead's {@code org} claim:
     * learner-service chose it when the allocation first named the trust; read back from its database, as the
     * local stack's launcher does.
     */
    synchronized UUID trust() {
        if (trust == null) {
            Postgres postgres = system.postgres();
            String url = postgres.jdbcUrl(system.learner().database());
            try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                    var query = connection.prepareStatement("SELECT id FROM trust WHERE name = ?")) {
                query.setString(1, cohort.trust());
                var rows = query.executeQuery();
                if (!rows.next()) {
                    throw new IllegalStateException("no trust " + cohort.trust() + " yet: upload the allocation first");
                }
                trust = rows.getObject(1, UUID.class);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return trust;
    }
}

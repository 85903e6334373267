package org.pare.notification.inbox.domain;

import java.util.Objects;
import java.util.UUID;

/** Who a message is addressed to: a person, a sign-in id, or everyone holding a role in an organisation. */
public sealed interface Recipient {
    /** Stable text for this recipient, part of a message's derived id. */
    String key();

    record Person(UUID personId) implements Recipient {
        public Person {
            Objects.requireNonNull(personId, "personId");
        }

        @Override
        public String key() {
            return "person:" + personId;
        }
    }

    record Login(String loginId) implements Recipient {
        public Login {
            if (loginId == null || loginId.isBlank()) {
                throw new IllegalArgumentException("a login id is required");
            }
        }

        @Override
        public String key() {
            return "login:" + loginId;
        }
    }

    /** For example the education leads of one trust: each of them sees the message in their own inbox. */
    record OrganisationRole(UUID organisationId, String role) implements Recipient {
        public static final String EDUCATION_LEAD = "EDUCATION_LEAD";

        public OrganisationRole {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String key() {
            return "org:" + organisationId + ":" + role;
        }
    }
}

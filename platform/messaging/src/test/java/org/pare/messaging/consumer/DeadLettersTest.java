package org.pare.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void the_error_of_a_failed_commit_names_the_root_cause_a_person_needs_to_fix() {
        var commitFailed = new IllegalStateException(
                "Could not commit JDBC transaction", new SQLException("ERROR: value too long for type"));

        String error = DeadLetters.describe(commitFailed);

        assertThat(error)
                .startsWith("java.lang.IllegalStateException: Could not commit JDBC transaction")
                .endsWith("(cause: java.sql.SQLException: ERROR: value too long for type)");
    }

    @Test
    void an_error_with_no_cause_is_named_once() {
        assertThat(DeadLetters.describe(new IllegalArgumentException("bad body")))
                .isEqualTo("java.lang.IllegalArgumentException: bad body");
    }
}

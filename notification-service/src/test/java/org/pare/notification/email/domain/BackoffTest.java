package org.pare.notification.email.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_maximum() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void it_gives_up_after_the_last_attempt() {
        assertThat(backoff.givesUpAfter(5)).isFalse();
        assertThat(backoff.givesUpAfter(6)).isTrue();
    }

    @Test
    void an_email_carries_its_link_in_both_bodies_and_escapes_html() {
        var notice = new org.pare.notification.inbox.domain.Notice(
                org.pare.notification.inbox.domain.NoticeKind.FEEDBACK_GIVEN,
                "Title",
                "Do <this> & that",
                "Go",
                "https://x.example/a?b=1&c=2");

        EmailContent content = EmailContent.of(notice, "https://n.example/inbox");

        assertThat(content.text()).contains("Go: https://x.example/a?b=1&c=2").contains("https://n.example/inbox");
        assertThat(content.html())
                .contains("Do &lt;this&gt; &amp; that")
                .contains("href=\"https://x.example/a?b=1&amp;c=2\"");
    }
}

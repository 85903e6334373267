package org.pare.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdsTest {
    private final UUID event = UUID.randomUUID();
    private final Recipient learner = new Recipient.Person(UUID.randomUUID());

    @Test
    void the_same_event_recipient_and_kind_always_give_the_same_message_and_email_ids() {
        MessageId first = MessageIds.of(event, learner, NoticeKind.FEEDBACK_GIVEN);
        MessageId again = MessageIds.of(event, learner, NoticeKind.FEEDBACK_GIVEN);

        assertThat(again).isEqualTo(first);
        assertThat(MessageIds.emailOf(again))
                .isEqualTo(MessageIds.emailOf(first))
                .isNotEqualTo(first.value());
    }

    @Test
    void another_recipient_or_kind_gives_another_id() {
        MessageId first = MessageIds.of(event, learner, NoticeKind.FEEDBACK_GIVEN);

        assertThat(MessageIds.of(event, new Recipient.Person(UUID.randomUUID()), NoticeKind.FEEDBACK_GIVEN))
                .isNotEqualTo(first);
        assertThat(MessageIds.of(event, learner, NoticeKind.REFLECTION_RETURNED))
                .isNotEqualTo(first);
        assertThat(MessageIds.of(
                        event,
                        new Recipient.OrganisationRole(UUID.randomUUID(), "EDUCATION_LEAD"),
                        NoticeKind.FEEDBACK_GIVEN))
                .isNotEqualTo(first);
    }

    @Test
    void every_message_links_to_the_page_that_does_what_it_asks() {
        Notices notices = new Notices(new Links("http://l/", "http://s", "http://e", "http://n"));
        UUID reflection = UUID.randomUUID();
        UUID invitation = UUID.randomUUID();

        assertThat(notices.reflectionShared(reflection, true).actionUrl())
                .isEqualTo("http://s/supervisor/reflections/" + reflection);
        assertThat(notices.feedbackGiven().actionUrl()).isEqualTo("http://l/learner");
        assertThat(notices.evaluationReminder(invitation).actionUrl()).isEqualTo("http://e/evaluation/" + invitation);
        assertThat(notices.learnerFlagged().actionUrl()).isEqualTo("http://e/dashboard");
        assertThat(notices.concernRaised().actionUrl()).isEqualTo("http://s/supervisor");
    }
}

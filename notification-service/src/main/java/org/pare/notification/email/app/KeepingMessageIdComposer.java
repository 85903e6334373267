package org.pare.notification.email.app;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.email.Email;
import io.micronaut.email.javamail.composer.DefaultMessageComposer;
import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Jakarta Mail gives every message a fresh random Message-ID when it is sent. A resend after a crash must carry
 * the same id as the first try, so the messages composed here keep a Message-ID that was set on them.
 */
@Singleton
@Replaces(DefaultMessageComposer.class)
class KeepingMessageIdComposer implements MessageComposer {
    private final DefaultMessageComposer composer = new DefaultMessageComposer();

    @Override
    public Message compose(Email email, Session session) throws MessagingException {
        return new KeepsMessageId((MimeMessage) composer.compose(email, session));
    }

    private static final class KeepsMessageId extends MimeMessage {
        KeepsMessageId(MimeMessage composed) throws MessagingException {
            super(composed);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader(Mailer.MESSAGE_ID) == null) {
                super.updateMessageID();
            }
        }
    }
}

package org.pare.notification.email.app;

import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.UUID;
import org.pare.notification.email.domain.EmailContent;

/** Sends one e-mail over SMTP (Micronaut Email with Jakarta Mail), with the Message-ID we stored for it. */
@Singleton
public class Mailer {
    public static final String MESSAGE_ID = "Message-ID";
    private final EmailSender<Message, ?> sender;
    private final EmailSettings settings;

    Mailer(EmailSender<Message, ?> sender, EmailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** @throws RuntimeException when the SMTP server refuses or cannot be reached */
    public void send(UUID id, String to, EmailContent content) {
        if (to == null || to.isBlank()) {
            throw new IllegalStateException("no e-mail address is known for the recipient");
        }
        String messageId = "<" + id + "@" + settings.getMessageIdDomain() + ">";
        sender.send(
                Email.builder()
                        .to(to)
                        .subject(content.subject())
                        .body(new MultipartBody(content.html(), content.text())),
                message -> {
                    try {
                        message.setHeader(MESSAGE_ID, messageId);
                    } catch (MessagingException e) {
                        throw new IllegalStateException("cannot set the Message-ID", e);
                    }
                });
    }
}

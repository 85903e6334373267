package org.pare.notification.email.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.email.Email;
import io.micronaut.email.EmailDecorator;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.notification.email.domain.EmailContent;

/**
 * Composes e-mails (Micronaut Email's decorators and composer, Jakarta Mail) with the Message-ID we stored for
 * each, and sends them over SMTP connections opened with {@link #connect()}.
 */
@Singleton
public class Mailer {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    public static final String MESSAGE_ID = "Message-ID";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a fresh ServiceLoader (a scan of every jar) each time a
        // Multipart or BodyPart is made, several times per e-mail (jakartaee/mail-api#699, #861): 14% of the
        // senders' CPU in the benchmark's profile. Named here, it is loaded by class name instead.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final SessionProvider sessions;
    private final MessageComposer composer;
    private final List<EmailDecorator> decorators;
    private final EmailSettings settings;
    private final Counter connections;

    Mailer(
            SessionProvider sessions,
            MessageComposer composer,
            List<EmailDecorator> decorators,
            EmailSettings settings,
            MeterRegistry meters) {
        this.sessions = sessions;
        this.composer = composer;
        this.decorators = new ArrayList<>(decorators);
        OrderUtil.sort(this.decorators);
        this.settings = settings;
        this.connections = meters.counter("pare.notification.email.connections");
    }

    /** An SMTP connection for a batch, opened on its first e-mail; close it when the batch is done. */
    public MailConnection connect() {
        return new MailConnection(sessions.session(), this::compose, connections::increment);
    }

    Message compose(Session session, UUID id, String to, EmailContent content) throws MessagingException {
        if (to == null || to.isBlank()) {
            throw new IllegalStateException("no e-mail address is known for the recipient");
        }
        Email.Builder email = Email.builder()
                .to(to)
                .subject(content.subject())
                .body(new MultipartBody(content.html(), content.text()));
        decorators.forEach(decorator -> decorator.decorate(email));
        Message message = composer.compose(email.build(), session);
        // Saved first (which gives the message a random Message-ID), then our id: a saved message is written as it
        // is, so the id survives to the wire and is the same on every resend. Setting it before saving would need a
        // MimeMessage subclass built by copying the composed message, a full write and parse of it per e-mail.
        message.saveChanges();
        message.setHeader(MESSAGE_ID, "<" + id + "@" + settings.getMessageIdDomain() + ">");
        return message;
    }
}

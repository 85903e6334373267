package org.pare.notification.email.app;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.UUID;
import org.pare.notification.email.domain.EmailContent;

/**
 * One SMTP connection reused for the e-mails of a batch, instead of a connection (greeting, EHLO, QUIT) per e-mail.
 * A failed send closes it, so a broken connection never fails the e-mails after it: the next send reconnects.
 * Not thread-safe: one per sender thread.
 */
public final class MailConnection implements AutoCloseable {
    private final Session session;
    private final Composer composer;
    private final Runnable onConnect;
    private Transport transport;

    @FunctionalInterface
    interface Composer {
        Message compose(Session session, UUID id, String to, EmailContent content) throws MessagingException;
    }

    MailConnection(Session session, Composer composer, Runnable onConnect) {
        this.session = session;
        this.composer = composer;
        this.onConnect = onConnect;
    }

    /** @throws RuntimeException when the address is missing or bad, or the SMTP server refuses or cannot be reached */
    public void send(UUID id, String to, EmailContent content) {
        Message message;
        try {
            message = composer.compose(session, id, to, content);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the e-mail: " + e.getMessage(), e);
        }
        try {
            // Not transport.isConnected(): over SMTP that is a NOOP round trip per e-mail. A failure closes instead.
            if (transport == null) {
                transport = session.getTransport("smtp");
                transport.connect();
                onConnect.run();
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close();
            throw new IllegalStateException("sending failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}

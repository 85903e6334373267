package org.pare.system.faults;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pare.system.harness.PareSystem;
import org.pare.system.harness.RunningService;
import org.pare.testing.Postgres;

/**
 * What reached the supervisor, read where it lives: the sign-off queue in supervisor-service's database, the inbox
 * and the e-mail intents in notification-service's, and the e-mails the SMTP server received.
 */
final class Tally {
    private static final Pattern REFLECTION = Pattern.compile("reflections/([0-9a-f-]{36})");
    private final PareSystem system;
    private final UUID supervisorId;
    private final String supervisorEmail;

    Tally(PareSystem system, UUID supervisorId, String supervisorEmail) {
        this.system = system;
        this.supervisorId = supervisorId;
        this.supervisorEmail = supervisorEmail;
    }

    /** One e-mail as received: its Message-ID and the reflection it links to. */
    record Email(String messageId, UUID reflectionId) {}

    List<UUID> queued() {
        return ids(system.supervisor(), "SELECT reflection_id::text FROM queue_item WHERE supervisor_id = ?");
    }

    List<UUID> inbox() {
        return ids(
                system.notification(),
                "SELECT substring(action_url from 'reflections/([0-9a-f-]{36})') FROM inbox_message"
                        + " WHERE recipient_person = ? AND kind = 'REFLECTION_SHARED'");
    }

    long emailsReceived() {
        return Arrays.stream(system.mail().getReceivedMessages())
                .filter(this::toSupervisor)
                .count();
    }

    List<Email> emails() {
        List<Email> emails = new ArrayList<>();
        for (MimeMessage message : system.mail().getReceivedMessages()) {
            if (toSupervisor(message)) {
                emails.add(new Email(messageId(message), reflectionOf(message)));
            }
        }
        return emails;
    }

    private boolean toSupervisor(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(supervisorEmail));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID reflectionOf(MimeMessage message) {
        Matcher m = REFLECTION.matcher(textOf(message));
        return m.find() ? UUID.fromString(m.group(1)) : null;
    }

    /** The decoded text of every part, so a link a transfer encoding wrapped reads whole. */
    private static String textOf(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> ids(RunningService service, String sql) {
        Postgres postgres = system.postgres();
        try (Connection c = DriverManager.getConnection(
                        postgres.jdbcUrl(service.database()), postgres.username(), postgres.password());
                var query = c.prepareStatement(sql)) {
            query.setObject(1, supervisorId);
            var rows = query.executeQuery();
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1) == null ? null : UUID.fromString(rows.getString(1)));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.pare.system.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** What a person is told: their inbox (notification-service's API) and the e-mails that reached the SMTP server. */
final class Messages {
    static final Duration PATIENCE = Duration.ofSeconds(45);
    private final String notificationUrl;
    private final GreenMail mail;

    Messages(String notificationUrl, GreenMail mail) {
        this.notificationUrl = notificationUrl;
        this.mail = mail;
    }

    /** Waits until the person's inbox holds a message of this kind; returns the newest such. */
    JsonNode awaitInbox(Actor person, String kind) {
        return await().atMost(PATIENCE)
                .ignoreExceptions()
                .pollInterval(Duration.ofMillis(300))
                .until(() -> inbox(person, kind).stream().findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    List<JsonNode> inbox(Actor person, String kind) {
        JsonNode page = person.get(notificationUrl + "/api/inbox?size=100");
        return StreamSupport.stream(page.path("messages").spliterator(), false)
                .filter(m -> kind.equals(m.path("kind").asText()))
                .toList();
    }

    /** Waits until an e-mail with this subject reached {@code address}; returns it. */
    MimeMessage awaitEmail(String address, String subject) {
        return await().atMost(PATIENCE)
                .ignoreExceptions()
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> emails(address).stream()
                                .filter(m -> subject.equals(subjectOf(m)))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    List<MimeMessage> emails(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (recipients(message).contains(address)) {
                to.add(message);
            }
        }
        return to;
    }

    /** The inbox item and its e-mail say the same thing, and the e-mail links to where the item links. */
    void assertToldByInboxAndEmail(Actor person, String address, String kind) {
        JsonNode item = awaitInbox(person, kind);
        MimeMessage email = awaitEmail(address, item.path("title").asText());
        assertThat(body(email)).contains(item.path("actionUrl").asText());
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.pare.notification.email.domain;

import java.util.List;
import org.pare.notification.inbox.domain.Notice;

/** An e-mail's subject and its plain-text and HTML bodies, both carrying the action link. */
public record EmailContent(String subject, String text, String html) {

    public static EmailContent of(Notice notice, String inboxUrl) {
        String text = notice.whatToDo() + "\n\n" + notice.actionLabel() + ": " + notice.actionUrl()
                + "\n\nAll your messages: " + inboxUrl + "\n";
        String html = "<p>" + escape(notice.whatToDo()) + "</p>\n<p><a href=\"" + escape(notice.actionUrl()) + "\">"
                + escape(notice.actionLabel()) + "</a></p>\n" + footer(inboxUrl);
        return new EmailContent(notice.title(), text, html);
    }

    /** One e-mail listing several messages, each with its link. */
    public static EmailContent digest(List<Notice> notices, String inboxUrl) {
        StringBuilder text = new StringBuilder("Your messages from the last day:\n\n");
        StringBuilder html = new StringBuilder("<p>Your messages from the last day:</p>\n<ul>\n");
        for (Notice notice : notices) {
            text.append("- ")
                    .append(notice.title())
                    .append(": ")
                    .append(notice.whatToDo())
                    .append("\n  ");
            text.append(notice.actionLabel())
                    .append(": ")
                    .append(notice.actionUrl())
                    .append("\n");
            html.append("<li><p><strong>").append(escape(notice.title())).append("</strong> ");
            html.append(escape(notice.whatToDo())).append("</p><p><a href=\"").append(escape(notice.actionUrl()));
            html.append("\">").append(escape(notice.actionLabel())).append("</a></p></li>\n");
        }
        text.append("\nAll your messages: ").append(inboxUrl).append("\n");
        html.append("</ul>\n").append(footer(inboxUrl));
        String subject = notices.size() == 1 ? "1 new message" : notices.size() + " new messages";
        return new EmailContent("Your daily summary: " + subject, text.toString(), html.toString());
    }

    private static String footer(String inboxUrl) {
        return "<p><a href=\"" + escape(inboxUrl) + "\">All your messages</a></p>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

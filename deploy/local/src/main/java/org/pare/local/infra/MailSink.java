package org.pare.local.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * GreenMail as an SMTP sink: it accepts every message and delivers none. A small page lists what arrived
 * (newest first) and shows each message, so e-mails can be read in a browser.
 */
public final class MailSink implements AutoCloseable {
    private final GreenMail mail;
    private final HttpServer page;

    private MailSink(GreenMail mail, HttpServer page) {
        this.mail = mail;
        this.page = page;
    }

    public static MailSink start(int smtpPort, int pagePort) throws IOException {
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        HttpServer page = HttpServer.create(new InetSocketAddress("localhost", pagePort), 0);
        MailSink sink = new MailSink(mail, page);
        page.createContext("/", sink::answer);
        page.start();
        return sink;
    }

    public String pageUrl() {
        return "http://localhost:" + page.getAddress().getPort() + "/";
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            MimeMessage[] messages = mail.getReceivedMessages();
            String path = exchange.getRequestURI().getPath();
            String body;
            int status = 200;
            if (path.equals("/")) {
                body = list(messages);
            } else if (path.matches("/messages/\\d+")) {
                int index = Integer.parseInt(path.substring("/messages/".length()));
                body = index < messages.length ? one(messages[index]) : "<p>No such message.</p>";
                status = index < messages.length ? 200 : 404;
            } else {
                body = "<p>Not found.</p>";
                status = 404;
            }
            byte[] bytes = html(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }

    private static String list(MimeMessage[] messages) throws MessagingException {
        StringBuilder rows = new StringBuilder("<h1>Mail sink</h1><p>")
                .append(messages.length)
                .append(" message(s) received; none is delivered anywhere.</p><table><tr><th>#</th><th>Received</th>")
                .append("<th>From</th><th>To</th><th>Subject</th></tr>");
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage m = messages[i];
            rows.append("<tr><td>")
                    .append(i)
                    .append("</td><td>")
                    .append(m.getReceivedDate() == null ? "" : m.getReceivedDate())
                    .append("</td><td>")
                    .append(esc(Arrays.toString(m.getFrom())))
                    .append("</td><td>")
                    .append(esc(Arrays.toString(m.getAllRecipients())))
                    .append("</td><td><a href=\"/messages/")
                    .append(i)
                    .append("\">")
                    .append(esc(String.valueOf(m.getSubject())))
                    .append("</a></td></tr>");
        }
        return rows.append("</table>").toString();
    }

    private static String one(MimeMessage m) throws MessagingException {
        return "<p><a href=\"/\">All messages</a></p><h1>" + esc(String.valueOf(m.getSubject())) + "</h1><pre>"
                + esc(GreenMailUtil.getWholeMessage(m)) + "</pre>";
    }

    private static String html(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PARE mail sink</title>"
                + "<style>body{font-family:Arial,sans-serif;margin:2rem}td,th{padding:.25rem .75rem;text-align:left}"
                + "pre{white-space:pre-wrap}</style></head><body>" + body + "</body></html>";
    }

    private static String esc(String text) {
        return LoginPage.escape(text);
    }

    @Override
    public void close() {
        page.stop(0);
        mail.stop();
    }
}

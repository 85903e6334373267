package org.pare.local.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OIDC provider's login page: one button per demo user, each posting that user's login id and claims to
 * the authorization-code flow. mock-oauth2-server reads the file on every request, so rewriting it is enough
 * when a claim changes.
 */
final class LoginPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LoginPage() {}

    static void write(Path file, List<DemoUser> users) {
        StringBuilder html = new StringBuilder(
                """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>PARE demo sign-in</title>
                <style>body{font-family:Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
                form{margin:0 0 .75rem}button{width:100%;text-align:left;padding:.75rem;font-size:1rem;cursor:pointer;
                border:2px solid #005eb8;background:#fff;border-radius:4px}button:hover{background:#e8f1f8}
                small{display:block;color:#4c6272}</style></head><body>
                <h1>PARE demo sign-in</h1>
                <p>Local development only. Choose who to be:</p>
                """);
        for (DemoUser user : users) {
            html.append("<form method=\"post\"><input type=\"hidden\" name=\"username\" value=\"")
                    .append(escape(user.login()))
                    .append("\"><input type=\"hidden\" name=\"claims\" value=\"")
                    .append(escape(json(user)))
                    .append("\"><button type=\"submit\"><strong>")
                    .append(escape(user.name()))
                    .append("</strong> (")
                    .append(escape(user.login()))
                    .append(")<small>")
                    .append(escape(String.join(", ", user.roles())))
                    .append(" · ")
                    .append(escape(user.description()))
                    .append("</small></button></form>\n");
        }
        html.append("</body></html>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(DemoUser user) {
        try {
            return JSON.writeValueAsString(user.claims());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

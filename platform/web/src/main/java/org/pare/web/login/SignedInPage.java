package org.pare.web.login;

/**
 * The page the callback answers with: it hands the token to the tab's sessionStorage and moves on to the page
 * the person wanted, replacing itself in the history so Back never shows it again.
 */
final class SignedInPage {
    private SignedInPage() {}

    static String render(String accessToken, String next) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Signing in – PARE</title>
                </head>
                <body>
                  <p id="signing-in">Signing you in…</p>
                  <script type="application/json" id="pare-session">{"token":"%s","next":"%s"}</script>
                  <script type="module" src="/assets/pare/signed-in.js"></script>
                </body>
                </html>
                """
                .formatted(jsonText(accessToken), jsonText(next));
    }

    /** A JSON string body that is also safe inside a script element. */
    private static String jsonText(String value) {
        var out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

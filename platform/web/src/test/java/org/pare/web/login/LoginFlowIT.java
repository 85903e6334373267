package org.pare.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.OidcProvider;

/** The pages' sign-in through the real OpenID Connect provider's authorization-code flow, step by step. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFlowIT implements TestPropertyProvider {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\",\"next\":\"([^\"]*)\"");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OidcProvider.get().micronautProperties();
    }

    @Test
    void a_person_signs_in_at_the_provider_and_the_token_they_get_is_accepted_by_the_api() {
        var browser = new Browser(server.getURI());
        // when
        var page = browser.signIn("/learner/capture", "ada.lovelace", "{\"roles\": [\"LEARNER\"]}");
        // then
        var session = TOKEN.matcher(page.body());
        assertThat(session.find()).as(page.body()).isTrue();
        assertThat(session.group(2)).isEqualTo("/learner/capture");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        String claims =
                new String(Base64.getUrlDecoder().decode(session.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"ada.lovelace\"").contains("pare-api");
        var me = browser.get(server.getURI().resolve("/api/me"), Map.of("Authorization", "Bearer " + session.group(1)));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("ada.lovelace").contains("LEARNER");
    }

    @Test
    void the_way_back_is_only_ever_a_page_of_this_service() {
        var browser = new Browser(server.getURI());

        var page = browser.signIn("//evil.example/phish", "grace", "{}");

        var session = TOKEN.matcher(page.body());
        assertThat(session.find()).isTrue();
        assertThat(session.group(2)).isEqualTo("/");
    }

    @Test
    void a_callback_without_the_sign_in_cookie_or_with_another_state_is_refused_and_gets_no_token() {
        var browser = new Browser(server.getURI());
        browser.start("/");

        var wrongState = browser.get(server.getURI().resolve("/login/callback?code=abc&state=forged"), Map.of());
        var noCookie =
                new Browser(server.getURI()).get(server.getURI().resolve("/login/callback?code=abc&state=x"), Map.of());

        for (HttpResponse<String> refused : new HttpResponse[] {wrongState, noCookie}) {
            assertThat(refused.statusCode()).isEqualTo(303);
            assertThat(refused.headers().firstValue("Location")).contains("/login?error=expired");
            assertThat(refused.body()).doesNotContain("token");
        }
    }

    @Test
    void a_code_used_twice_is_refused_the_second_time() {
        var browser = new Browser(server.getURI());
        URI callback = browser.authorise(browser.start("/"), "alan", "{}");
        assertThat(browser.get(callback, Map.of()).statusCode()).isEqualTo(200);

        var again = new Browser(server.getURI());
        again.start("/");
        var replay = again.get(callback, Map.of());

        assertThat(replay.statusCode()).isEqualTo(303);
        assertThat(replay.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/login?error="));
    }

    @Test
    void a_refusal_at_the_provider_and_signing_out_show_the_sign_in_page_not_a_loop() {
        var browser = new Browser(server.getURI());
        browser.start("/");

        var denied = browser.get(server.getURI().resolve("/login/callback?error=access_denied&state=x"), Map.of());
        var page = browser.get(server.getURI().resolve("/login?error=denied"), Map.of());
        var signedOut = browser.get(server.getURI().resolve("/login?signed-out=1"), Map.of());

        assertThat(denied.headers().firstValue("Location")).contains("/login?error=denied");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"sign-in\"");
        assertThat(signedOut.statusCode()).isEqualTo(200);
    }

    static String form(Map<String, String> fields) {
        var out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}

package org.pare.local.infra;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * mock-oauth2-server as the local OpenID Connect provider, issuer id {@code pare} on {@code localhost} (the
 * issuer URL follows the host name a client used, so one name everywhere). Interactive login lists the demo
 * users; the token endpoint's password grant gives a demo user's token to scripts.
 */
public final class LocalOidc implements AutoCloseable {
    public static final String ISSUER_ID = "pare";
    public static final String AUDIENCE = "pare-api";
    private final MockOAuth2Server server;
    private final DemoDirectory directory;

    private LocalOidc(MockOAuth2Server server, DemoDirectory directory) {
        this.server = server;
        this.directory = directory;
    }

    public static LocalOidc start(int port, Path loginPage, DemoDirectory directory) throws Exception {
        LoginPage.write(loginPage, directory.users());
        directory.onChange(() -> LoginPage.write(loginPage, directory.users()));
        var callback = new DirectoryTokenCallback(ISSUER_ID, AUDIENCE, directory);
        var config = new OAuth2Config(
                true, loginPage.toAbsolutePath().toString(), null, false, new OAuth2TokenProvider(), Set.of(callback));
        MockOAuth2Server server = new MockOAuth2Server(config);
        server.start(InetAddress.getByName("localhost"), port);
        return new LocalOidc(server, directory);
    }

    /** A bearer token for a demo user, signed with the provider's key, as its token endpoint would give. */
    public String token(DemoUser user) {
        var callback = new DefaultOAuth2TokenCallback(
                ISSUER_ID, user.login(), "JWT", java.util.List.of(AUDIENCE), user.claims(), 3600);
        return server.issueToken(ISSUER_ID, "pare-local", callback).serialize();
    }

    public String token(String login) {
        return token(directory.find(login).orElseThrow(() -> new IllegalArgumentException("no demo user " + login)));
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public String jwksUrl() {
        return server.jwksUrl(ISSUER_ID).toString();
    }

    public String discoveryUrl() {
        return server.wellKnownUrl(ISSUER_ID).toString();
    }

    public String tokenEndpoint() {
        return server.tokenEndpointUrl(ISSUER_ID).toString();
    }

    public String authorizeUrl() {
        return server.authorizationEndpointUrl(ISSUER_ID).toString();
    }

    public DemoDirectory directory() {
        return directory;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

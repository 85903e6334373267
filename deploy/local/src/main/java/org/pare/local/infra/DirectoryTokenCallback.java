package org.pare.local.infra;

import com.nimbusds.oauth2.sdk.ResourceOwnerPasswordCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * Gives every token the services' audience and, for the password grant ({@code username=<login>}), the demo
 * user's roles and organisation, looked up when the token is made. The interactive login page posts the claims
 * itself (mock-oauth2-server adds them on top of these).
 */
final class DirectoryTokenCallback implements OAuth2TokenCallback {
    private final String issuerId;
    private final String audience;
    private final DemoDirectory directory;

    DirectoryTokenCallback(String issuerId, String audience, DemoDirectory directory) {
        this.issuerId = issuerId;
        this.audience = audience;
        this.directory = directory;
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        if (request.getAuthorizationGrant() instanceof ResourceOwnerPasswordCredentialsGrant grant) {
            return grant.getUsername();
        }
        if (request.getClientAuthentication() != null) {
            return request.getClientAuthentication().getClientID().getValue();
        }
        return request.getClientID() != null ? request.getClientID().getValue() : "pare-local";
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return List.of(audience);
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        return directory.find(subject(request)).map(DemoUser::claims).orElse(Map.of());
    }

    @Override
    public long tokenExpiry() {
        return 8 * 3600;
    }
}

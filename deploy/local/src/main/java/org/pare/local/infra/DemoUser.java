package org.pare.local.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone a developer can log in as: the login id (the token's {@code sub}, as the allocation CSV registers it),
 * the {@code roles} and the {@code org} claims, and a line saying who they are in the demo data.
 */
public record DemoUser(String login, String name, List<String> roles, String org, String description) {

    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", name);
        claims.put("roles", roles);
        if (org != null) {
            claims.put("org", org);
        }
        return claims;
    }

    public DemoUser withOrg(String newOrg) {
        return new DemoUser(login, name, roles, newOrg, description);
    }
}

package org.pare.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service tells the security matrix that the router cannot: a valid body for each route taking JSON, which
 * routes show a signed-in stranger their own (empty) things, someone else's real object for each route with an id,
 * and why a route cannot be tried. Keys are {@code "METHOD /template"} exactly as the router writes them.
 */
public final class MatrixSpec {
    /** Someone else's real object: the path holding its id, and a valid token of a person with no relationship. */
    public record Intrusion(String path, String token, String body) {}

    final Map<String, String> samples = new HashMap<>();
    final Map<String, String> ownScope = new HashMap<>();
    final Map<String, Intrusion> intrusions = new HashMap<>();
    final Map<String, String> reasons = new HashMap<>();
    final Map<String, Intrusion> owners = new HashMap<>();
    final List<String> traces = new ArrayList<>();
    final int bodyLimitBytes;

    /** @param bodyLimitBytes the largest API body the service accepts (its pare.web.max-json-body-bytes) */
    public MatrixSpec(int bodyLimitBytes) {
        this.bodyLimitBytes = bodyLimitBytes;
    }

    /** A body the route accepts, so that refusals come from authorisation, not from validation. */
    public MatrixSpec sample(String route, String json) {
        samples.put(route, json);
        return this;
    }

    /** A signed-in person of an allowed role, unknown to the service, is answered 2xx with only their own things. */
    public MatrixSpec ownScope(String route, String reason) {
        ownScope.put(route, reason);
        return this;
    }

    /** Ids of the fixtures' people and objects: a stranger's 2xx answer (an own-scope list) must hold none of them. */
    public MatrixSpec neverShownToStrangers(String... values) {
        traces.addAll(List.of(values));
        return this;
    }

    /** Someone else's object at {@code path}, tried with {@code token}; the answer must be 404. */
    public MatrixSpec othersObject(String route, String path, String token, String body) {
        intrusions.put(route, new Intrusion(path, token, body));
        return this;
    }

    /**
     * The route's own object at {@code path} and its owner's token: control characters are sent as the owner, so they
     * reach the database and must be refused with 400 or stored safely (2xx), never answered 5xx. {@code body} is a
     * valid body for this owner (null: the sample); each of its strings in turn is given the control characters.
     */
    public MatrixSpec asOwner(String route, String path, String token, String body) {
        owners.put(route, new Intrusion(path, token, body));
        return this;
    }

    /** Why the other-person column of {@code route} is not tried here (named in the table). */
    public MatrixSpec notTriedWithOthersObject(String route, String reason) {
        reasons.put(route, reason);
        return this;
    }
}

package org.pare.local.demo;

/**
 * One service's share of the demo data, put in through that service's API. A step whose endpoint the service
 * does not have yet throws {@link NotYetAvailable}; the loader prints a note and goes on.
 */
public interface DemoStep {
    String name();

    /** @return a short summary of what was loaded, e.g. "412 placements, 180 reflections" */
    String load(DemoContext context) throws Exception;

    final class NotYetAvailable extends Exception {
        public NotYetAvailable(String what) {
            super(what);
        }
    }

    /**
     * Probes an endpoint with GET, as a user the endpoint is meant for. A 404, or the 403 Micronaut security gives
     * for a path no route matches, means the service does not offer it yet.
     */
    static void requireEndpoint(Api api, String path) throws Exception {
        int status = api.get(path).status();
        if (status == 404 || status == 403) {
            throw new NotYetAvailable("no " + path + " yet (HTTP " + status + ")");
        }
    }

    /** Fails the step with the service's answer when it refused. */
    static void requireOk(Api.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " refused: HTTP " + answer.status() + " " + answer.body());
        }
    }
}

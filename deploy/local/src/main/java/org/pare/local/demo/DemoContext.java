package org.pare.local.demo;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.pare.local.infra.DemoUser;

/**
 * What a demo-data step may use: the cohort, a token for anyone (minted by the local OIDC provider), the
 * services' base URLs, and the trusts' ids once learner-service has created them.
 */
public record DemoContext(
        DemoCohort cohort,
        Function<DemoUser, String> tokens,
        Map<String, String> serviceUrls,
        Function<String, UUID> trustIdByName) {

    /** The API of one service, as one person: a demo user, or anyone the CSV registers (by login). */
    public Api api(String service, DemoUser as) {
        return new Api(serviceUrls.get(service), tokens.apply(as));
    }

    public DemoUser learner(String login) {
        return new DemoUser(login, login, java.util.List.of("LEARNER"), DemoCohort.UNIVERSITY_ID.toString(), "");
    }

    public DemoUser admin() {
        return demoUser("PLACEMENT_ADMIN");
    }

    public DemoUser supervisor() {
        return demoUser("PRACTICE_SUPERVISOR");
    }

    public DemoUser demoLearner() {
        return demoUser("LEARNER");
    }

    private DemoUser demoUser(String role) {
        return cohort.demoUsers().stream()
                .filter(u -> u.roles().contains(role))
                .findFirst()
                .orElseThrow();
    }
}

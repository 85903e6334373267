package org.pare.supervisor.feedback.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.pare.supervisor.feedback.domain.FeedbackCode;
import org.pare.supervisor.feedback.persistence.FeedbackCodes;
import org.pare.supervisor.person.persistence.People;

/** A learner asks for a code to show a supervisor: single use, bound to them, valid ten minutes. */
@Singleton
public class FeedbackCodesIssued {
    private final People people;
    private final FeedbackCodes codes;
    private final Clock clock;
    private final String supervisorLink;

    FeedbackCodesIssued(
            People people, FeedbackCodes codes, Clock clock, @Value("${pare.links.supervisor}") String supervisorLink) {
        this.people = people;
        this.codes = codes;
        this.clock = clock;
        this.supervisorLink = supervisorLink;
    }

    public record Issued(String code, Instant expiresAt, String url) {}

    @Transactional
    public Issued issue(String loginId) {
        var learner = people.caller(loginId);
        Instant now = clock.instant();
        Instant expires = now.plus(FeedbackCode.VALID_FOR);
        FeedbackCode code = FeedbackCode.random();
        while (!codes.issue(code, learner, now, expires)) {
            code = FeedbackCode.random();
        }
        return new Issued(code.value(), expires, supervisorLink + "/supervisor/feedback?code=" + code.value());
    }
}

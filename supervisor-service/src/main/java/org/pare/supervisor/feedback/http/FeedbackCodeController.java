package org.pare.supervisor.feedback.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.pare.supervisor.feedback.app.FeedbackCodesIssued;
import org.pare.supervisor.feedback.app.QrCodes;
import org.pare.supervisor.feedback.app.RedeemingFeedbackCodes;

/** Learners get a feedback code to show; supervisors redeem it to reach the learner's feedback form. */
@Controller("/api/feedback-codes")
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedbackCodeController {
    private final FeedbackCodesIssued issuing;
    private final RedeemingFeedbackCodes redeeming;

    FeedbackCodeController(FeedbackCodesIssued issuing, RedeemingFeedbackCodes redeeming) {
        this.issuing = issuing;
        this.redeeming = redeeming;
    }

    @Serdeable
    record CodeResponse(String code, Instant expiresAt, String url, String qrSvg) {}

    @Serdeable
    record RedeemedResponse(UUID learnerId, String learnerName, UUID placementId, String areaName) {}

    @Post
    @Secured("LEARNER")
    HttpResponse<CodeResponse> issue(Authentication me) {
        var issued = issuing.issue(me.getName());
        String qr = QrCodes.svg(issued.url(), "QR code for feedback code " + issued.code());
        return HttpResponse.status(HttpStatus.CREATED)
                .body(new CodeResponse(issued.code(), issued.expiresAt(), issued.url(), qr));
    }

    @Post("/{code}/redeem")
    @Secured({"PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"})
    RedeemedResponse redeem(Authentication me, String code) {
        var r = redeeming.redeem(me.getName(), code);
        return new RedeemedResponse(r.learnerId(), r.learnerName(), r.placementId(), r.areaName());
    }
}

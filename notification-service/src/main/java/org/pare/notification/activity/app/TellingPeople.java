package org.pare.notification.activity.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.notification.inbox.app.Notifying;
import org.pare.notification.inbox.domain.Notice;
import org.pare.notification.inbox.domain.Notices;
import org.pare.notification.inbox.domain.Recipient;

/**
 * Decides who is told what when something happens elsewhere. Runs in the consumer's transaction, so the messages,
 * the reminders and the record that the event was processed commit together.
 */
@Singleton
public class TellingPeople {
    private final Notifying notifying;
    private final Notices notices;
    private final Clock clock;

    TellingPeople(Notifying notifying, Notices notices, Clock clock) {
        this.notifying = notifying;
        this.notices = notices;
        this.clock = clock;
    }

    public void reflectionShared(UUID event, UUID reflectionId, List<UUID> supervisors, boolean forSignOff) {
        Notice notice = notices.reflectionShared(reflectionId, forSignOff);
        supervisors.forEach(s -> tell(event, new Recipient.Person(s), notice));
    }

    public void feedbackGiven(UUID event, UUID learnerId) {
        tell(event, new Recipient.Person(learnerId), notices.feedbackGiven());
    }

    public void signedOff(UUID event, UUID learnerId) {
        tell(event, new Recipient.Person(learnerId), notices.signedOff());
    }

    public void returned(UUID event, UUID learnerId) {
        tell(event, new Recipient.Person(learnerId), notices.returned());
    }

    public void evaluationInvited(UUID event, UUID learnerId, UUID invitationId, LocalDate dueOn) {
        tell(event, new Recipient.Person(learnerId), notices.evaluationInvited(invitationId, dueOn));
    }

    /** The learner's academic assessor and the education leads of the trust. */
    public void concernRaised(UUID event, UUID academicAssessorId, UUID trustId) {
        tellAssessorAndLeads(event, academicAssessorId, trustId, notices.concernRaised());
    }

    public void learnerFlagged(UUID event, UUID academicAssessorId, UUID trustId) {
        tellAssessorAndLeads(event, academicAssessorId, trustId, notices.learnerFlagged());
    }

    public void interviewOverdue(UUID event, UUID practiceAssessorId, LocalDate dueOn) {
        tell(event, new Recipient.Person(practiceAssessorId), notices.interviewOverdue(dueOn));
    }

    public void areaActionOverdue(UUID event, String ownerLoginId, LocalDate dueOn) {
        tell(event, new Recipient.Login(ownerLoginId), notices.areaActionOverdue(dueOn));
    }

    private void tellAssessorAndLeads(UUID event, UUID academicAssessorId, UUID trustId, Notice notice) {
        if (academicAssessorId != null) {
            tell(event, new Recipient.Person(academicAssessorId), notice);
        }
        tell(event, new Recipient.OrganisationRole(trustId, Recipient.OrganisationRole.EDUCATION_LEAD), notice);
    }

    private void tell(UUID event, Recipient recipient, Notice notice) {
        notifying.tell(event, recipient, notice, clock.instant());
    }
}

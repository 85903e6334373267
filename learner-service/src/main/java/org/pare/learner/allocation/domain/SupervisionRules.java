package org.pare.learner.allocation.domain;

import java.util.ArrayList;
import java.util.List;
import org.pare.learner.person.domain.PersonDetails;

/**
 * The NMC SSSA (2018) separation of roles on one placement: the practice assessor is not also a practice
 * supervisor, nor the academic assessor; and nobody supervises or assesses themselves.
 */
final class SupervisionRules {
    private SupervisionRules() {}

    static List<String> check(
            PersonDetails learner, List<PersonDetails> supervisors, PersonDetails assessor, PersonDetails academic) {
        List<String> broken = new ArrayList<>();
        if (supervisors.stream().anyMatch(s -> same(s, assessor))) {
            broken.add("the practice assessor " + SpreadsheetSafe.text(assessor.login())
                    + " is also a practice supervisor" + " (PS and PA must be different people)");
        }
        if (same(assessor, academic)) {
            broken.add("the practice assessor and the academic assessor are the same person "
                    + SpreadsheetSafe.text(academic.login()) + " (PA and AA must be different people)");
        }
        boolean selfSupervised = supervisors.stream().anyMatch(s -> same(s, learner))
                || same(learner, assessor)
                || same(learner, academic);
        if (selfSupervised) {
            broken.add(
                    "the learner " + SpreadsheetSafe.text(learner.login()) + " cannot supervise or assess themselves");
        }
        return broken;
    }

    private static boolean same(PersonDetails a, PersonDetails b) {
        return !a.login().isEmpty() && a.login().equalsIgnoreCase(b.login());
    }
}

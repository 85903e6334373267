package org.pare.learner.placement.app;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.pare.learner.person.persistence.PersonDirectory;
import org.pare.learner.placement.persistence.LearnerPlacementViews;

/** A learner reading their own placements, newest first, with who supervises and assesses them on each. */
@Singleton
public class ReadingMyPlacements {
    private final TransactionOperations<Connection> transactions;
    private final PersonDirectory people;
    private final LearnerPlacementViews views;

    ReadingMyPlacements(
            TransactionOperations<Connection> transactions, PersonDirectory people, LearnerPlacementViews views) {
        this.transactions = transactions;
        this.people = people;
        this.views = views;
    }

    @Transactional(readOnly = true, rollbackFor = SQLException.class)
    public List<LearnerPlacementViews.View> mine(String loginId) throws SQLException {
        return views.of(transactions.getConnection(), people.caller(loginId));
    }
}

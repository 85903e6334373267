package org.pare.learner.allocation.app;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.learner.allocation.domain.AllocationRow;
import org.pare.learner.allocation.domain.RowProblem;
import org.pare.learner.allocation.domain.Upload;
import org.pare.learner.person.app.RegisteringPeople;
import org.pare.learner.person.domain.PersonDetails;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.placement.app.PlacingLearners;
import org.pare.learner.placement.domain.Place;
import org.pare.learner.placement.domain.Placement;
import org.pare.learner.placement.persistence.PlaceRepository;

/** Applies one valid row: its people into the directory, its place, then the placement itself. */
@Singleton
class AllocationRowApplier {
    private final RegisteringPeople people;
    private final PlaceRepository places;
    private final PlacingLearners placing;

    AllocationRowApplier(RegisteringPeople people, PlaceRepository places, PlacingLearners placing) {
        this.people = people;
        this.places = places;
        this.placing = placing;
    }

    PlacingLearners.Placed apply(UUID university, AllocationRow row, Tally tally) {
        PersonId learner = register(row.learner(), row.profession(), tally);
        List<PersonId> supervisors = new ArrayList<>();
        row.practiceSupervisors().forEach(s -> supervisors.add(register(s, null, tally)));
        Placement.Terms terms = new Placement.Terms(
                row.profession(),
                row.endDate(),
                supervisors,
                register(row.practiceAssessor(), null, tally),
                register(row.academicAssessor(), null, tally));
        Place place = places.resolve(row.trust(), row.site(), row.area());
        PlacingLearners.Placed placed = placing.place(university, learner, place, row.startDate(), terms);
        tally.count(placed.outcome());
        return placed;
    }

    private PersonId register(PersonDetails person, String professionalGroup, Tally tally) {
        RegisteringPeople.Registered registered = people.register(person, professionalGroup);
        tally.count(registered.outcome());
        return registered.person().id();
    }

    /** Counts of what an upload changed, and the rows refused while applying it. */
    static final class Tally {
        private int placementsCreated, placementsUpdated, placementsUnchanged, peopleCreated, peopleUpdated;
        private final List<RowProblem> refusals = new ArrayList<>();

        void count(PlacingLearners.Outcome outcome) {
            switch (outcome) {
                case ALLOCATED -> placementsCreated++;
                case CHANGED -> placementsUpdated++;
                case UNCHANGED -> placementsUnchanged++;
            }
        }

        void count(RegisteringPeople.Outcome outcome) {
            switch (outcome) {
                case REGISTERED -> peopleCreated++;
                case CHANGED -> peopleUpdated++;
                case UNCHANGED -> {}
            }
        }

        void refused(RowProblem problem) {
            refusals.add(problem);
        }

        List<RowProblem> refusals() {
            return refusals;
        }

        Upload toUpload(UUID id, UUID university, String by, String sha256, int rows, Instant at) {
            return new Upload(
                    id,
                    university,
                    by,
                    sha256,
                    rows,
                    placementsCreated,
                    placementsUpdated,
                    placementsUnchanged,
                    peopleCreated,
                    peopleUpdated,
                    at);
        }
    }
}

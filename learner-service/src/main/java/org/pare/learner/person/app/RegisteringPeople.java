package org.pare.learner.person.app;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonChanged;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.person.domain.Person;
import org.pare.learner.person.domain.PersonDetails;
import org.pare.learner.person.persistence.PersonRepository;
import org.pare.messaging.micronaut.Outbox;

/** Puts a person named by an upload into the directory, or brings their entry up to date; runs in the caller's transaction. */
@Singleton
public class RegisteringPeople {
    public enum Outcome {
        REGISTERED,
        CHANGED,
        UNCHANGED
    }

    public record Registered(Person person, Outcome outcome) {}

    private final PersonRepository people;
    private final Outbox outbox;

    public RegisteringPeople(PersonRepository people, Outbox outbox) {
        this.people = people;
        this.outbox = outbox;
    }

    public Registered register(PersonDetails details, String professionalGroup) {
        Optional<Person> known = people.findByLoginForUpdate(details.login());
        if (known.isEmpty()) {
            Person person = Person.register(details, professionalGroup);
            if (!people.insertIfAbsent(person)) {
                return register(details, professionalGroup); // another upload registered them meanwhile
            }
            publish(
                    PersonRegistered.TYPE,
                    person,
                    new PersonRegistered(
                            person.id().value(), details.login(), details.name(), details.email(), professionalGroup));
            return new Registered(person, Outcome.REGISTERED);
        }
        Person person = known.get().restatedAs(details, professionalGroup);
        if (!person.differsFrom(known.get())) {
            return new Registered(person, Outcome.UNCHANGED);
        }
        people.update(person);
        PersonDetails now = person.details();
        publish(
                PersonChanged.TYPE,
                person,
                new PersonChanged(
                        person.id().value(), now.login(), now.name(), now.email(), person.professionalGroup()));
        return new Registered(person, Outcome.CHANGED);
    }

    private void publish(String type, Person person, Object event) {
        outbox.publish(LearnerTopics.PERSON, type, person.id().toString(), event);
    }
}

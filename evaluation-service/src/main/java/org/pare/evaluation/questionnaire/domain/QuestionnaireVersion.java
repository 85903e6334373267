package org.pare.evaluation.questionnaire.domain;

/**
 * The version of a questionnaire a learner answered. A published questionnaire is never edited: a
 * change is a new version, so answers stay comparable within a version.
 */
public record QuestionnaireVersion(int number) implements Comparable<QuestionnaireVersion> {
    public QuestionnaireVersion {
        if (number < 1) {
            throw new IllegalArgumentException("questionnaire versions start at 1, got " + number);
        }
    }

    public static QuestionnaireVersion first() {
        return new QuestionnaireVersion(1);
    }

    public QuestionnaireVersion next() {
        return new QuestionnaireVersion(Math.addExact(number, 1));
    }

    @Override
    public int compareTo(QuestionnaireVersion other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "v" + number;
    }
}

package org.pare.learner.allocation.domain;

import java.util.List;

/** The header of an allocation CSV (docs/allocations-csv.md). */
public final class AllocationColumns {
    public static final String LEARNER_LOGIN = "learner_login";
    public static final String LEARNER_NAME = "learner_name";
    public static final String LEARNER_EMAIL = "learner_email";
    public static final String PROFESSION = "profession";
    public static final String TRUST = "trust";
    public static final String SITE = "site";
    public static final String PLACEMENT_AREA = "placement_area";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String PRACTICE_SUPERVISORS = "practice_supervisors";
    public static final String PA_LOGIN = "practice_assessor_login";
    public static final String PA_NAME = "practice_assessor_name";
    public static final String PA_EMAIL = "practice_assessor_email";
    public static final String AA_LOGIN = "academic_assessor_login";
    public static final String AA_NAME = "academic_assessor_name";
    public static final String AA_EMAIL = "academic_assessor_email";

    /** Every column is required, in any order; extra columns are ignored. */
    public static final List<String> ALL = List.of(
            LEARNER_LOGIN,
            LEARNER_NAME,
            LEARNER_EMAIL,
            PROFESSION,
            TRUST,
            SITE,
            PLACEMENT_AREA,
            START_DATE,
            END_DATE,
            PRACTICE_SUPERVISORS,
            PA_LOGIN,
            PA_NAME,
            PA_EMAIL,
            AA_LOGIN,
            AA_NAME,
            AA_EMAIL);

    private AllocationColumns() {}
}

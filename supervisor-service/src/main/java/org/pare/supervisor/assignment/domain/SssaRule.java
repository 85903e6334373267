package org.pare.supervisor.assignment.domain;

/** The separations of roles the NMC Standards for Student Supervision and Assessment (2018) require. */
public enum SssaRule {
    /** The same person may not be practice supervisor and practice assessor for one learner on one placement. */
    SUPERVISOR_AND_ASSESSOR,
    /** The practice assessor may not also be the academic assessor. */
    ASSESSOR_AND_ACADEMIC_ASSESSOR,
    /** Nobody supervises or assesses themselves. */
    LEARNER_SUPERVISES_THEMSELVES
}

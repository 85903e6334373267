package org.pare.evaluation.results.domain;

/** Invitations and returns of one group: an area (with its site as parent), a site, a profession group, a month. */
public record InvitationCounts(String key, String label, String parent, int invited, int returned) {}

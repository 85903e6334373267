package org.pare.evaluation.results.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Returned invitations over invitations for one group. Invitations say who took part, never what anyone answered,
 * so no secondary suppression applies; but a rate over fewer than 5 invitations is not shown (it would say whether
 * one or two known learners answered), only that there were too few.
 *
 * @param rate returned / invited, or null when suppressed or nobody was invited
 */
public record ReturnRate(
        String key, String label, String parent, Integer invited, Integer returned, Double rate, boolean suppressed) {
    public static ReturnRate of(InvitationCounts c) {
        if (c.invited() > 0 && c.invited() < SmallGroups.MINIMUM) {
            return new ReturnRate(c.key(), c.label(), c.parent(), null, null, null, true);
        }
        Double rate = c.invited() == 0 ? null : Math.round(1000.0 * c.returned() / c.invited()) / 1000.0;
        return new ReturnRate(c.key(), c.label(), c.parent(), c.invited(), c.returned(), rate, false);
    }

    public static ReturnRate total(List<InvitationCounts> groups) {
        return of(new InvitationCounts(
                "total",
                "Whole trust",
                null,
                groups.stream().mapToInt(InvitationCounts::invited).sum(),
                groups.stream().mapToInt(InvitationCounts::returned).sum()));
    }

    /** Areas' counts added up per site (an area's parent). */
    public static List<InvitationCounts> bySite(List<InvitationCounts> areas) {
        Map<String, InvitationCounts> sites = new LinkedHashMap<>();
        for (var a : areas) {
            sites.merge(
                    a.parent(),
                    new InvitationCounts(a.parent(), a.parent(), null, a.invited(), a.returned()),
                    (x, y) -> new InvitationCounts(
                            x.key(), x.label(), null, x.invited() + y.invited(), x.returned() + y.returned()));
        }
        return List.copyOf(sites.values());
    }
}

package org.pare.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Two trusts, four sites, 30 placement areas, each with two practice supervisors and a practice assessor. */
final class DemoPlaces {
    static final String NORTHFIELD = "Northfield NHS Foundation Trust";
    static final String SOUTHMOOR = "Southmoor Healthcare NHS Trust";
    /** Areas 0-14 are Northfield's, 15-29 Southmoor's (hospital areas first, then community). */
    static final int AREAS_PER_TRUST = 15;

    private static final String[] HOSPITAL_AREAS = {
        "Ward 7 (Acute Medicine)", "Ward 12 (Respiratory)", "Emergency Department", "Maternity Unit",
        "Children's Ward", "Intensive Care Unit", "Surgical Assessment Unit", "Cardiology Ward"
    };
    private static final String[] COMMUNITY_AREAS = {
        "District Nursing Team",
        "Community Mental Health Team",
        "Health Visiting",
        "Rehabilitation Ward",
        "Community Midwifery",
        "Care Home Liaison",
        "Physiotherapy Outpatients"
    };

    private DemoPlaces() {}

    static List<Area> areas(Names names) {
        List<Area> areas = new ArrayList<>();
        addSite(areas, names, NORTHFIELD, "Northfield General Hospital", HOSPITAL_AREAS, "northfield");
        addSite(areas, names, NORTHFIELD, "St Luke's Community Hospital", COMMUNITY_AREAS, "northfield");
        addSite(areas, names, SOUTHMOOR, "Southmoor Royal Infirmary", HOSPITAL_AREAS, "southmoor");
        addSite(areas, names, SOUTHMOOR, "Southmoor Community Services", COMMUNITY_AREAS, "southmoor");
        return areas;
    }

    private static void addSite(
            List<Area> areas, Names names, String trust, String site, String[] areaNames, String domain) {
        for (String name : areaNames) {
            int n = areas.size() + 1;
            List<Person> supervisors = List.of(
                    names.staff(String.format(Locale.ROOT, "ps%03d", 2 * n - 1), domain + ".nhs.example"),
                    names.staff(String.format(Locale.ROOT, "ps%03d", 2 * n), domain + ".nhs.example"));
            Person assessor = names.staff(String.format(Locale.ROOT, "pa%03d", n), domain + ".nhs.example");
            areas.add(new Area(trust, site, name, supervisors, assessor));
        }
    }
}

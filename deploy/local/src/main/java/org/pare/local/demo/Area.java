package org.pare.local.demo;

import java.util.List;

/** A placement area with the practice supervisors and the practice assessor who work there. */
public record Area(String trust, String site, String name, List<Person> supervisors, Person assessor) {}

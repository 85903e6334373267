package org.pare.learner.placement.domain;

import java.util.UUID;

/** A placement area (learning environment) with the site and trust it belongs to. */
public record Place(UUID trustId, String trustName, UUID siteId, String siteName, UUID areaId, String areaName) {}
